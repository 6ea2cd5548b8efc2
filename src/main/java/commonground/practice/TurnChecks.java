package commonground.practice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks one turn of a practice file: its texts, its replies, their tags and its better line. */
final class TurnChecks {

    private final Problems problems;
    private final ConversationValidator.Texts texts;
    private final Set<String> practiceIds;

    TurnChecks(Problems problems, ConversationValidator.Texts texts, Set<String> practiceIds) {
        this.problems = problems;
        this.texts = texts;
        this.practiceIds = practiceIds;
    }

    Turn turn(ConversationFile.TurnEntry e, int index, Set<String> ids) {
        String at = "turns[" + index + "]";
        if (e == null) {
            problems.top(at, "this turn is empty");
            return null;
        }
        String owner = ConversationValidator.blank(e.id()) ? null : "turn '" + e.id() + "'";
        int before = problems.count();
        ConversationValidator.id(problems, owner, at + ".id", e.id(), ids);
        texts.required(owner, at + ".says", e.says(), ConversationValidator.MAX_SAYS, true);
        texts.required(owner, at + ".does", e.does(), ConversationValidator.MAX_DOES, true);
        List<ConversationFile.ReplyEntry> entries = e.replies() == null ? List.of() : e.replies();
        if (entries.size() < ConversationValidator.MIN_REPLIES || entries.size() > ConversationValidator.MAX_REPLIES) {
            problems.at(owner, at + ".replies", (entries.isEmpty() ? "missing required field: " : "")
                    + "a turn offers " + ConversationValidator.MIN_REPLIES + " or " + ConversationValidator.MAX_REPLIES
                    + " replies" + (entries.isEmpty() ? "" : ", found " + entries.size()));
        }
        List<Reply> replies = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Reply r = reply(owner, at + ".replies[" + i + "]", entries.get(i), said);
            if (r != null) {
                replies.add(r);
            }
        }
        if (replies.size() == entries.size() && !entries.isEmpty()) {
            if (replies.stream().noneMatch(r -> r.effect() == Effect.OPENS)) {
                problems.at(owner, at + ".replies", "no reply opens them (names a practice and no closing move);"
                        + " a typed reply that opens needs somewhere to lead");
            }
            if (replies.stream().noneMatch(r -> r.effect() == Effect.CLOSES)) {
                problems.at(owner, at + ".replies", "no reply closes them (names a move under 'closes');"
                        + " a typed judgment or demand needs somewhere to lead");
            }
        }
        BetterLine better = better(owner, at + ".better", e.better());
        if (problems.count() > before) {
            return null;
        }
        return new Turn(e.id(), e.says().strip(), e.does().strip(), replies, better);
    }

    private Reply reply(String owner, String at, ConversationFile.ReplyEntry r, Set<String> said) {
        if (r == null) {
            problems.at(owner, at, "this reply is empty");
            return null;
        }
        int before = problems.count();
        texts.required(owner, at + ".say", r.say(), ConversationValidator.MAX_REPLY, true);
        if (!ConversationValidator.blank(r.say()) && !said.add(r.say().strip())) {
            problems.at(owner, at + ".say", "duplicate reply '" + r.say().strip() + "'");
        }
        if (r.note() != null) {
            texts.required(owner, at + ".note", r.note(), ConversationValidator.MAX_NOTE, true);
        }
        List<String> practices = practices(owner, at + ".practices", r.practices());
        List<ClosingMove> closes = new ArrayList<>();
        List<String> raw = r.closes() == null ? List.of() : r.closes();
        for (int i = 0; i < raw.size(); i++) {
            ClosingMove move = raw.get(i) == null ? null : ClosingMove.fromYaml(raw.get(i)).orElse(null);
            if (move == null) {
                problems.at(owner, at + ".closes[" + i + "]", "unknown closing move '" + raw.get(i) + "' (use "
                        + ClosingMove.allNames() + ")");
            } else {
                closes.add(move);
            }
        }
        if (!practices.isEmpty() && !closes.isEmpty()) {
            problems.at(owner, at + ".closes", "a reply either shows practices or closes them, not both;"
                    + " a judgment or demand outweighs the rest, so leave 'practices' empty here");
        }
        if (ConversationValidator.blank(r.next())) {
            problems.at(owner, at + ".next", "missing required field: the id of a turn or an ending");
        }
        if (problems.count() > before) {
            return null;
        }
        return new Reply(r.say().strip(), practices, closes, r.note() == null ? null : r.note().strip(),
                r.next().strip());
    }

    private BetterLine better(String owner, String at, ConversationFile.BetterEntry b) {
        if (b == null) {
            problems.at(owner, at, "missing required field: a line worth trying here, for the debrief");
            return null;
        }
        texts.required(owner, at + ".line", b.line(), ConversationValidator.MAX_REPLY, true);
        List<String> practices = practices(owner, at + ".practices", b.practices());
        if (practices.isEmpty() && (b.practices() == null || b.practices().isEmpty())) {
            problems.at(owner, at + ".practices", "missing required field: name the practice the line shows");
        }
        return ConversationValidator.blank(b.line()) ? null : new BetterLine(b.line().strip(), practices);
    }

    private List<String> practices(String owner, String field, List<String> raw) {
        List<String> out = new ArrayList<>();
        List<String> entries = raw == null ? List.of() : raw;
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i);
            if (id == null || !practiceIds.contains(id)) {
                problems.at(owner, field + "[" + i + "]", "'" + id + "' is not a practice (known: "
                        + String.join(", ", practiceIds.stream().sorted().toList()) + ")");
            } else if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }
}
