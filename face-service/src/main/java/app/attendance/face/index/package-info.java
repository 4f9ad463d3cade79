/**
 * The faces enrolled: their templates in PostgreSQL (the source of truth, {@link FaceTemplates}),
 * this replica's Lucene HNSW index built from them and kept current ({@code IndexSync}), and
 * per-subject nearest-neighbour search on it ({@link FaceIndex}).
 */
package app.attendance.face.index;
