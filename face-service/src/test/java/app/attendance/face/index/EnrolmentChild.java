package app.attendance.face.index;

import java.nio.file.Path;

/**
 * Child process of {@link IndexCrashDurabilityTest}: enrols subjects {@code from, from+1, …} into
 * the index folder and prints {@code ack <subject>} once each enrolment has returned, until
 * it is killed.
 */
final class EnrolmentChild {

    private EnrolmentChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        SyntheticFaces data = new SyntheticFaces(5, "m1");
        try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir))) {
            System.out.println("open");
            System.out.flush();
            for (int i = from; i < from + 100_000; i++) {
                index.add(data.enrolment(i));
                System.out.println("ack " + SyntheticFaces.subject(i));
                System.out.flush();
            }
        }
    }
}
