package commonground.language;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Development aid: prints what the coach says about each line of standard input. */
final class Probe {
    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        LanguageCoach coach = new LanguageCoach();
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Review rv = coach.review(line);
            StringBuilder sb = new StringBuilder(rv.flagged() ? "FLAG " : "ok   ").append(line);
            rv.findings().forEach(f -> sb.append("\n       ! ").append(f.kind()).append(' ').append(f.ruleId())
                    .append(" [").append(f.phrase()).append(']'));
            rv.goodMoves().forEach(g -> sb.append("\n       + ").append(g.kind()).append(" [").append(g.phrase()).append(']'));
            System.out.println(sb);
        }
    }
}
