package app.attendance.api.report;

import java.util.List;

/**
 * A page of the records report, in the API's paging shape.
 *
 * @param content the records
 * @param page page number, 0-based
 * @param size page size
 * @param totalElements records matching the filters
 * @param totalPages pages
 */
public record RecordPage(List<RecordRow> content, int page, int size, long totalElements, int totalPages) {
}
