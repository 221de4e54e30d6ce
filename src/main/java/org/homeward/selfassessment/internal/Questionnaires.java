package org.homeward.selfassessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.platform.web.Keyset;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaire versions loaded. Each is kept whole and never changed, so a cycle always reads the questions
 * it was answered against; an edit is a new version. The reconstruction ships with Homeward and is loaded at
 * start-up when it is not there yet, before the demo data, whose self-assessment answers it.
 */
@Component
@Order(-10)
class Questionnaires implements ApplicationRunner {

    static final String RECONSTRUCTION = "selfassessment/reconstruction.yaml";

    /** A version as the list shows it. */
    record Row(UUID id, String key, String version, String title, boolean reconstruction, String loadedByName,
               Instant loadedAt) {
    }

    /** What loading a file did: loaded a new version, found it already loaded, or refused it with the problems. */
    record Loaded(UUID id, boolean alreadyLoaded, List<String> problems) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<UUID, Questionnaire> cache = new ConcurrentHashMap<>();

    Questionnaires(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Loaded loaded = load(reconstructionFile(), "Homeward");
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("The shipped questionnaire does not load: " + loaded.problems());
        }
    }

    static String reconstructionFile() {
        try (InputStream in = new ClassPathResource(RECONSTRUCTION).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a file as a new version, whole or not at all. The same questionnaire loaded again is the version
     * already there; another questionnaire under a key and version already loaded is refused.
     */
    @Transactional
    Loaded load(String content, String byName) {
        QuestionnaireFiles.Read read = QuestionnaireFiles.read(content);
        if (read.questionnaire() == null) {
            return new Loaded(null, false, read.problems());
        }
        Questionnaire q = read.questionnaire();
        String hash = QuestionnaireFiles.hash(q);
        // One loader at a time per key, so that two administrators loading the same file make one version.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('selfassessment_questionnaire:' || :key))")
                .param("key", q.key()).query(Object.class).list();
        Optional<UUID> same = jdbc.sql("select id from selfassessment_questionnaire where content_hash = :h")
                .param("h", hash).query(UUID.class).optional();
        if (same.isPresent()) {
            return new Loaded(same.get(), true, List.of());
        }
        boolean taken = jdbc.sql("select count(*) > 0 from selfassessment_questionnaire where key = :k and version = :v")
                .param("k", q.key()).param("v", q.version()).query(Boolean.class).single();
        if (taken) {
            return new Loaded(null, false, List.of("version: " + q.key() + " version " + q.version()
                    + " is already loaded with other content; give this file a new version"));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into selfassessment_questionnaire (id, key, version, title, reconstruction, content, content_hash,
                                                          loaded_by_name, loaded_at)
                values (:id, :key, :version, :title, :reconstruction, cast(:content as jsonb), :hash, :by, :at)""")
                .param("id", id).param("key", q.key()).param("version", q.version()).param("title", q.title())
                .param("reconstruction", q.reconstruction()).param("content", QuestionnaireFiles.json(q))
                .param("hash", hash).param("by", byName).param("at", Timestamp.from(clock.instant())).update();
        cache.put(id, q);
        return new Loaded(id, false, List.of());
    }

    Optional<Questionnaire> find(UUID id) {
        Questionnaire cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("select content::text from selfassessment_questionnaire where id = :id").param("id", id)
                .query(String.class).optional().map(json -> {
                    Questionnaire q = QuestionnaireFiles.read(json).questionnaire();
                    cache.put(id, q);
                    return q;
                });
    }

    /** A cycle's questionnaire, which is never removed. */
    Questionnaire of(UUID id) {
        return find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Optional<Row> row(UUID id) {
        return jdbc.sql("""
                select id, key, version, title, reconstruction, loaded_by_name, loaded_at
                  from selfassessment_questionnaire where id = :id""").param("id", id).query(Row.class).optional();
    }

    Keyset.Page<Row> page(Keyset keyset) {
        String sql = "select id, key, version, title, reconstruction, loaded_by_name, loaded_at from selfassessment_questionnaire"
                + " where true " + keyset.condition("loaded_at", "id", true) + keyset.orderBy("loaded_at", "id", true)
                + keyset.limit();
        return keyset.page(keyset.bind(jdbc.sql(sql)).query(Row.class).list(), Row::loadedAt, Row::id);
    }

    /** The latest versions, newest first: the choice a facilitator starts a cycle from. */
    List<Row> latest(int limit) {
        return jdbc.sql("""
                select id, key, version, title, reconstruction, loaded_by_name, loaded_at from selfassessment_questionnaire
                 order by loaded_at desc, id desc limit :n""").param("n", limit).query(Row.class).list();
    }
}
