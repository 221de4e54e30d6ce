package org.homeward.signoff.internal;

import java.util.List;
import org.homeward.platform.figures.SqlFigureSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Management oversight on the compliance dashboard: sign-offs given in time, and overdue now. */
@Component
class SignOffCompliance extends SqlFigureSource {

    private static final String AREA = "Management oversight";

    SignOffCompliance(JdbcClient jdbc) {
        super(jdbc, """
                select 'signoff.in-time' as figure, (s.due_at at time zone 'Europe/London')::date as day,
                       c.responsible_authority_id as authority,
                       count(*) filter (where s.signed_at <= s.due_at) as count, count(*) as out_of
                  from sign_off s join child c on c.id = s.child_id
                 where s.due_at >= :start and s.due_at < :end group by 2, 3
                union all
                select 'signoff.high-risk-in-time', (s.due_at at time zone 'Europe/London')::date, c.responsible_authority_id,
                       count(*) filter (where s.signed_at <= s.due_at), count(*)
                  from sign_off s join child c on c.id = s.child_id
                 where s.point = 'HIGH_RISK' and s.due_at >= :start and s.due_at < :end group by 2, 3
                union all
                select 'signoff.overdue-now', null, c.responsible_authority_id, count(*), 0
                  from sign_off s join child c on c.id = s.child_id
                 where s.signed_at is null and s.due_at < :now group by 3""");
    }

    @Override
    public List<Measure> measures() {
        return List.of(
                Measure.rate("signoff.in-time", 400, AREA, "Sign-offs given by the due time"),
                Measure.rate("signoff.high-risk-in-time", 401, AREA, "High-risk ratings signed off within 1 working day"),
                Measure.count("signoff.overdue-now", 402, AREA, "Sign-offs overdue now"));
    }
}
