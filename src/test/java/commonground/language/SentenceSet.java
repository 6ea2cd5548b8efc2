package commonground.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A labelled sentence file: tab-separated expected/category/text, '#' comments, one header line.
 * A line that is exactly "# held-out" starts the held-out part.
 */
final class SentenceSet {

    static final String DEV = "/commonground/language/language-dev.tsv";
    static final String OWN = "/commonground/language/coach-sentences.tsv";
    static final String TRAIN = "/commonground/language/coach-train.tsv";
    /** More tuning drafts written for issue 17 (patterns the older sets barely held). */
    static final String TRAIN2 = "/commonground/language/coach-train-2.tsv";
    /** A third batch of tuning drafts, scored once before the second round of changes. */
    static final String TRAIN3 = "/commonground/language/coach-train-3.tsv";
    /** A fourth batch of tuning drafts, scored once before the third round of changes. */
    static final String TRAIN4 = "/commonground/language/coach-train-4.tsv";
    /** A fifth batch of tuning drafts, scored once before the fourth round of changes. */
    static final String TRAIN5 = "/commonground/language/coach-train-5.tsv";
    /** A sixth batch (task co): false alarms found in practice (agreement, orders that offer or invite) and issue 17's misses. */
    static final String TRAIN6 = "/commonground/language/coach-train-6.tsv";
    /** A seventh batch (task co), scored once before the second round of that task's changes. */
    static final String TRAIN7 = "/commonground/language/coach-train-7.tsv";
    /** An eighth batch (task co), scored once before the third round of that task's changes. */
    static final String TRAIN8 = "/commonground/language/coach-train-8.tsv";
    /** A ninth batch (task co), scored once before the fourth round of that task's changes. */
    static final String TRAIN9 = "/commonground/language/coach-train-9.tsv";
    /** Tuning batches of task co2 (coach-train-10..14), each scored once before the round that used it. */
    static final String TRAIN10 = "/commonground/language/coach-train-10.tsv";
    static final String TRAIN11 = "/commonground/language/coach-train-11.tsv";
    static final String TRAIN12 = "/commonground/language/coach-train-12.tsv";
    static final String TRAIN13 = "/commonground/language/coach-train-13.tsv";
    static final String TRAIN14 = "/commonground/language/coach-train-14.tsv";
    /** Tuning batches of task co3 (coach-train-15..19), each scored once before the round that used it. */
    static final String TRAIN15 = "/commonground/language/coach-train-15.tsv";
    static final String TRAIN16 = "/commonground/language/coach-train-16.tsv";
    static final String TRAIN17 = "/commonground/language/coach-train-17.tsv";
    static final String TRAIN18 = "/commonground/language/coach-train-18.tsv";
    static final String TRAIN19 = "/commonground/language/coach-train-19.tsv";
    /** Tuning batches of task co4, each scored once before the round that used it. */
    static final String TRAIN20 = "/commonground/language/coach-train-20.tsv";
    static final String TRAIN21 = "/commonground/language/coach-train-21.tsv";
    /** Tuning batches of task co5, each scored once before the round that used it. */
    static final String TRAIN22 = "/commonground/language/coach-train-22.tsv";
    static final String TRAIN23 = "/commonground/language/coach-train-23.tsv";
    static final String TRAIN24 = "/commonground/language/coach-train-24.tsv";
    /** Frozen on 2026-12-01: scored as a whole, never tuned on. */
    static final String TEST = "/commonground/language/coach-test.tsv";
    /** Written unseen and frozen before the coach was changed for issue 17: scored once, never tuned on. */
    static final String TEST2 = "/commonground/language/coach-test-2.tsv";
    /** Written after TEST2's misses were read, before the coach changed; misses unprinted until the end. */
    static final String TEST3 = "/commonground/language/coach-test-3.tsv";
    /** Written fresh by task co before any change in that round; never looked at while tuning. */
    static final String TEST4 = "/commonground/language/coach-test-4.tsv";
    /** Written fresh by task co2 before any change in that round; its misses unread until the end. */
    static final String TEST5 = "/commonground/language/coach-test-5.tsv";
    /** Written fresh by task co3 before it read any rule, older set or decision; its misses unread until the end. */
    static final String TEST6 = "/commonground/language/coach-test-6.tsv";
    /** Written fresh by task co4 before it read any rule, list, older set or decision; its misses unread until the end. */
    static final String TEST7 = "/commonground/language/coach-test-7.tsv";
    /** Written fresh by task co5 before it read any rule, list, older set or decision; its misses unread until the end. */
    static final String TEST8 = "/commonground/language/coach-test-8.tsv";

    record Labelled(boolean flag, String category, String text, boolean heldOut, int line) {
        @Override
        public String toString() {
            return (flag ? "flag" : "ok") + " [" + category + "] " + text;
        }
    }

    /** Precision and recall on "flag" (flag = at least one finding). */
    record Score(int tp, int fp, int fn, int tn, List<String> errors) {
        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        String summary(String name) {
            return String.format("%s: n=%d precision=%.3f recall=%.3f (tp=%d fp=%d fn=%d tn=%d)",
                    name, tp + fp + fn + tn, precision(), recall(), tp, fp, fn, tn);
        }
    }

    private SentenceSet() {
    }

    static List<Labelled> load(String resource) {
        InputStream in = SentenceSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Labelled> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean heldOut = false;
            boolean header = false;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.strip().equals("# held-out")) {
                    heldOut = true;
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (!header && cols[0].equals("expected")) {
                    header = true;
                    continue;
                }
                if (cols.length != 3 || !(cols[0].equals("flag") || cols[0].equals("ok"))) {
                    throw new IllegalStateException(resource + ":" + n + ": expected flag|ok<TAB>category<TAB>text");
                }
                out.add(new Labelled(cols[0].equals("flag"), cols[1], cols[2], heldOut, n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Score score(LanguageCoach coach, List<Labelled> items, Predicate<Labelled> which) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> errors = new ArrayList<>();
        for (Labelled item : items) {
            if (!which.test(item)) {
                continue;
            }
            Review review = coach.review(item.text());
            boolean flagged = review.flagged();
            if (flagged && item.flag()) {
                tp++;
            } else if (flagged) {
                fp++;
                errors.add("FP " + item + "  <- " + review.findings().get(0).ruleId() + " '"
                        + review.findings().get(0).phrase() + "'");
            } else if (item.flag()) {
                fn++;
                errors.add("FN " + item);
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn, errors);
    }

    /** Prints scores and errors; {@code heldout} as first argument also shows held-out errors. */
    public static void main(String[] args) {
        LanguageCoach coach = new LanguageCoach();
        boolean showHeldOut = args.length > 0 && args[0].equals("heldout");
        List<Labelled> dev = load(DEV);
        List<Labelled> own = load(OWN);
        Score d = score(coach, dev, x -> true);
        Score t = score(coach, own, x -> !x.heldOut());
        Score h = score(coach, own, Labelled::heldOut);
        d.errors().forEach(e -> System.out.println("dev  " + e));
        t.errors().forEach(e -> System.out.println("tune " + e));
        if (showHeldOut) {
            h.errors().forEach(e -> System.out.println("held " + e));
        }
        System.out.println(d.summary("dev"));
        System.out.println(t.summary("own-tuning"));
        System.out.println(h.summary("own-held-out"));
    }
}
