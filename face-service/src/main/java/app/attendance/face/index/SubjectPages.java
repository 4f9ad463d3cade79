package app.attendance.face.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Keyset pages of the subjects of a committed Lucene index: walks the subject terms in order
 * from just after a given id and counts each one's live faces. Terms whose documents are all
 * deleted (not yet merged away) have no live face and are skipped.
 */
final class SubjectPages {

    private SubjectPages() {
    }

    /** Up to {@code limit} subjects with at least one face whose id sorts after {@code after} (null = from the start). */
    static List<SubjectSummary> page(IndexSearcher searcher, String after, int limit) throws IOException {
        List<SubjectSummary> page = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), FaceDocuments.SUBJECT);
        if (terms == null || limit <= 0) {
            return page;
        }
        TermsEnum it = terms.iterator();
        BytesRef term;
        if (after == null) {
            term = it.next();
        } else {
            BytesRef start = new BytesRef(after);
            TermsEnum.SeekStatus status = it.seekCeil(start);
            if (status == TermsEnum.SeekStatus.END) {
                return page;
            }
            term = status == TermsEnum.SeekStatus.FOUND ? it.next() : it.term();
        }
        for (; term != null && page.size() < limit; term = it.next()) {
            String subjectId = term.utf8ToString();
            int faces = searcher.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(FaceDocuments.SUBJECT, subjectId)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(FaceDocuments.KIND, FaceDocuments.FACE_KIND)),
                            BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(FaceDocuments.FAR, FaceDocuments.FAR)), BooleanClause.Occur.MUST_NOT)
                    .build());
            if (faces > 0) {
                page.add(new SubjectSummary(subjectId, faces));
            }
        }
        return page;
    }
}
