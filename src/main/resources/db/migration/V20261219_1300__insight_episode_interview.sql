-- The interview offer after each episode, and whether an interview was held on that offer itself (not covered by
-- another's): why children go missing counts those interviews and reads their factors straight from the offer,
-- without looking each episode up in the offers and interviews.
alter table insight_episode add column offer_id uuid, add column interviewed boolean not null default false;

-- The next count is a full one, which fills them.
update insight_refresh set full_pass_at = null;
