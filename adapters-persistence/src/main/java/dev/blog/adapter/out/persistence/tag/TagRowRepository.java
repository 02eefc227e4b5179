package dev.blog.adapter.out.persistence.tag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TagRowRepository extends GenericRepository<TagRow, Long> {

    Optional<TagRow> findById(long id);

    Optional<TagRow> findByName(String name);

    /**
     * Sorted, so that transactions creating overlapping names take the index locks in one order and
     * cannot deadlock. DO NOTHING waits for a concurrent insert of the same name and then skips it. One
     * array parameter, so the statement is the same whatever the number of names.
     */
    @Query("""
            INSERT INTO tags (name)
            SELECT name FROM unnest(:names) AS wanted (name) ORDER BY name
            ON CONFLICT (name) DO NOTHING""")
    void insertMissing(@TypeDef(type = DataType.STRING_ARRAY) String[] names);

    @Query("SELECT * FROM tags WHERE name = ANY(:names) ORDER BY name")
    List<TagRow> findByNames(@TypeDef(type = DataType.STRING_ARRAY) String[] names);

    /** post_count is kept exact by the database (V4), so a popular tag costs what a rare one does. */
    @Query("""
            SELECT t.id, t.name, t.post_count
            FROM tags t
            WHERE CAST(:afterName AS VARCHAR) IS NULL OR t.name > :afterName
            ORDER BY t.name
            LIMIT :limit OFFSET :offset""")
    List<TagUsageRow> findUsageWindow(@Nullable String afterName, int offset, int limit);

    /** Counts no further than {@code cap}, so that counting costs the same however many tags there are. */
    @Query("SELECT count(*) FROM (SELECT 1 FROM tags LIMIT :cap) AS counted")
    long countAll(int cap);
}
