package app.attendance.face.index;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks that serialise the read-modify-write of one subject's centroid while
 * enrolments of other subjects proceed (and share commits). Stripes are taken in index order,
 * so two enrolments never wait on each other in a cycle.
 */
final class SubjectLocks {

    private final ReentrantLock[] stripes;

    SubjectLocks(int count) {
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Locks the stripes of these subjects; close the result to unlock. */
    Held lock(Collection<String> subjectIds) {
        TreeSet<Integer> indexes = new TreeSet<>();
        subjectIds.forEach(id -> indexes.add(Math.floorMod(id.hashCode(), stripes.length)));
        indexes.forEach(i -> stripes[i].lock());
        return () -> indexes.descendingSet().forEach(i -> stripes[i].unlock());
    }

    /** Locked stripes. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
