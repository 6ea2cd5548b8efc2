package commonground.practice;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the paths through a practice conversation: every {@code next} names a turn or an
 * ending, every turn and every ending can be reached from the first turn, every turn can reach an
 * ending, there are at least three turning points and both kinds of ending, and pushing is never
 * rewarded (a reply that closes them does not lead straight to an open door).
 */
final class ConversationGraphCheck {

    static final int MIN_TURNING_POINTS = 3;
    static final int MIN_ENDINGS = 2;

    private final Conversation conversation;
    private final Problems problems;

    ConversationGraphCheck(Conversation conversation, Problems problems) {
        this.conversation = conversation;
        this.problems = problems;
    }

    void run() {
        List<Turn> turns = conversation.turns();
        if (!targetsExist()) {
            return;
        }
        Set<String> reachable = reachableFromFirst();
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (!reachable.contains(t.id())) {
                problems.at("turn '" + t.id() + "'", "turns[" + i + "].id", "this turn cannot be reached from the"
                        + " first turn '" + conversation.first().id() + "'; no reply leads to it");
            }
        }
        List<Ending> endings = conversation.endings();
        for (int i = 0; i < endings.size(); i++) {
            if (!reachable.contains(endings.get(i).id())) {
                problems.at("ending '" + endings.get(i).id() + "'", "endings[" + i + "].id", "this ending cannot be"
                        + " reached; no reply of a reachable turn leads to it");
            }
        }
        Set<String> finishing = canFinish();
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (reachable.contains(t.id()) && !finishing.contains(t.id())) {
                problems.at("turn '" + t.id() + "'", "turns[" + i + "].replies", "a dead end: no reply from here"
                        + " ever reaches an ending (the turns go round in a circle)");
            }
        }
        counts();
        noRewardForPushing();
    }

    private boolean targetsExist() {
        boolean ok = true;
        List<Turn> turns = conversation.turns();
        for (int i = 0; i < turns.size(); i++) {
            List<Reply> replies = turns.get(i).replies();
            for (int r = 0; r < replies.size(); r++) {
                String next = replies.get(r).next();
                if (conversation.turn(next).isEmpty() && conversation.ending(next).isEmpty()) {
                    problems.at("turn '" + turns.get(i).id() + "'", "turns[" + i + "].replies[" + r + "].next",
                            "leads to '" + next + "', which is not the id of a turn or an ending");
                    ok = false;
                }
            }
        }
        return ok;
    }

    private Set<String> reachableFromFirst() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(conversation.first().id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                conversation.turn(id).ifPresent(t -> t.replies().forEach(r -> todo.add(r.next())));
            }
        }
        return seen;
    }

    private Set<String> canFinish() {
        Set<String> done = new HashSet<>();
        conversation.endings().forEach(e -> done.add(e.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Turn t : conversation.turns()) {
                if (!done.contains(t.id()) && t.replies().stream().anyMatch(r -> done.contains(r.next()))) {
                    done.add(t.id());
                    grew = true;
                }
            }
        }
        return done;
    }

    private void counts() {
        long turningPoints = conversation.turns().stream().filter(Turn::turningPoint).count();
        if (turningPoints < MIN_TURNING_POINTS) {
            problems.top("turns", "has " + turningPoints + " turning point" + (turningPoints == 1 ? "" : "s")
                    + " (turns whose replies lead to different places); at least " + MIN_TURNING_POINTS + " are needed");
        }
        if (conversation.endings().size() < MIN_ENDINGS) {
            problems.top("endings", "has " + conversation.endings().size() + "; at least " + MIN_ENDINGS + " are needed");
        }
        for (EndingKind kind : EndingKind.values()) {
            if (conversation.endings().stream().noneMatch(e -> e.kind() == kind)) {
                problems.top("endings", "needs an ending of kind '" + kind.yaml() + "' ("
                        + kind.label().toLowerCase() + ")");
            }
        }
    }

    private void noRewardForPushing() {
        List<Turn> turns = conversation.turns();
        for (int i = 0; i < turns.size(); i++) {
            List<Reply> replies = turns.get(i).replies();
            for (int r = 0; r < replies.size(); r++) {
                Reply reply = replies.get(r);
                boolean open = conversation.ending(reply.next()).map(e -> e.kind() == EndingKind.OPEN).orElse(false);
                if (reply.effect() == Effect.CLOSES && open) {
                    problems.at("turn '" + turns.get(i).id() + "'", "turns[" + i + "].replies[" + r + "].next",
                            "a reply that closes them leads straight to an ending where the door stays open;"
                                    + " pushing should never be rewarded");
                }
            }
        }
    }
}
