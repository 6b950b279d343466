// Bulk rows for bench/publishing-punctuality.mjs: 2,000 posts per round through the API take far longer
// than the burst they feed (400 posts took 160 s on the loaded 2-CPU machine), so one approved, scheduled
// post per channel is made through the API and then copied with SQL: its post, variant and publication
// rows, every column as the API wrote it (the column lists are read from the catalogue, so columns added
// later are copied too), with new ids and a new text. A copy keeps its template's content hash: the
// publisher does not read it, and nothing else looks at these posts.

async function columnsOf(client, table) {
  const { rows } = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`, [table]);
  return rows.map((row) => row.column_name);
}

/** `SELECT` list copying `alias`'s columns, with `overrides[column]` (SQL) where given. */
function selectList(columns, alias, overrides) {
  return columns.map((column) => (column in overrides ? `${overrides[column]} AS "${column}"` : `${alias}."${column}"`)).join(', ');
}

/**
 * Copies each template post (one variant, one pending publication) once per text in `textsOf(template
 * index)`; returns the new posts' ids and texts, in order.
 */
export async function clonePosts(pool, { templatePostIds, copies }) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const plan = templatePostIds.flatMap((templateId, t) => copies(t).map((text) => ({ templateId, text })));
    await client.query(`CREATE TEMP TABLE clone_map ON COMMIT DROP AS
      SELECT m.template_id::uuid, m.text, m.ord, gen_random_uuid() AS new_post, gen_random_uuid() AS new_variant, gen_random_uuid() AS new_publication
        FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS m(template_id, text, ord)`, [plan.map((p) => p.templateId), plan.map((p) => p.text)]);
    const post = await columnsOf(client, 'post');
    const variant = await columnsOf(client, 'post_variant');
    const publication = await columnsOf(client, 'publication');
    const now = 'now()';
    await client.query(`INSERT INTO post (${post.map((c) => `"${c}"`).join(', ')})
      SELECT ${selectList(post, 'p', { id: 'm.new_post', master_text: 'm.text', created_at: now, updated_at: now })}
        FROM clone_map m JOIN post p ON p.id = m.template_id`);
    await client.query(`INSERT INTO post_variant (${variant.map((c) => `"${c}"`).join(', ')})
      SELECT ${selectList(variant, 'v', { id: 'm.new_variant', post_id: 'm.new_post', text: 'm.text', thread_parts: "CASE WHEN v.thread_parts IS NULL OR jsonb_typeof(v.thread_parts) <> 'array' OR jsonb_array_length(v.thread_parts) = 0 THEN v.thread_parts ELSE jsonb_build_array(m.text) END", created_at: now, updated_at: now })}
        FROM clone_map m JOIN post_variant v ON v.post_id = m.template_id`);
    await client.query(`INSERT INTO publication (${publication.map((c) => `"${c}"`).join(', ')})
      SELECT ${selectList(publication, 'u', { id: 'm.new_publication', post_id: 'm.new_post', variant_id: 'm.new_variant', created_at: now, updated_at: now })}
        FROM clone_map m JOIN publication u ON u.post_id = m.template_id`);
    const { rows } = await client.query(`SELECT new_post::text AS id, text FROM clone_map ORDER BY ord`);
    await client.query('COMMIT');
    return { postIds: rows.map((row) => row.id), texts: rows.map((row) => row.text) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
