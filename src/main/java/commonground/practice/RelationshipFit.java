package commonground.practice;

import commonground.people.Person;
import commonground.people.Relationship;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a conversation is written for the kind of relationship the user has with the person
 * chosen (Dad put into a story about a partner's job loss is not), and what to say when it is not.
 */
final class RelationshipFit {

    private RelationshipFit() {
    }

    /** True when {@code c} suits {@code who} (or no one is chosen, or the file is written for anyone). */
    static boolean fits(Conversation c, Person who) {
        return c == null || who == null || c.character().fits(who.relationship());
    }

    /** The offers written for {@code who}'s relationship, in the list's order, without {@code but}. */
    static List<Conversation> writtenFor(List<Conversation> offers, Person who, Conversation but) {
        if (who == null) {
            return List.of();
        }
        return offers.stream()
                .filter(c -> !c.character().writtenFor().isEmpty() && c.character().writtenFor().contains(who.relationship()))
                .filter(c -> but == null || !c.id().equals(but.id()))
                .toList();
    }

    /**
     * The practice of walk-through {@code walkThrough} to open: the first written for {@code who}'s
     * relationship when there is one, else the first; null when none practises it.
     */
    static Conversation forWalkThrough(List<Conversation> offers, String walkThrough, Person who) {
        List<Conversation> practising = offers.stream().filter(c -> walkThrough.equals(c.walkThrough())).toList();
        return practising.stream().filter(c -> fits(c, who)).findFirst()
                .orElse(practising.isEmpty() ? null : practising.get(0));
    }

    /** What the start page says, calmly, when {@code c} is not written for {@code who}; empty when it fits. */
    static String note(Conversation c, Person who, int othersOffered) {
        if (fits(c, who)) {
            return "";
        }
        String what = c.kind() == ConversationKind.DRILL ? "This drill" : "This conversation";
        String forWhom = c.character().writtenFor().stream().sorted().map(RelationshipFit::aKind)
                .collect(Collectors.joining(" or "));
        String start = what + " was written for " + forWhom + ", and " + who.shownName().strip() + " is "
                + yours(who.relationship()) + ", so some of it may not fit.";
        if (othersOffered > 0) {
            return start + (othersOffered == 1 ? " The one below is" : " The ones below are") + " written for " + aKind(who.relationship())
                    + ", or you can go on with this one and take what fits.";
        }
        return start + " Nothing here is written for " + aKind(who.relationship())
                + " yet; you can go on with this one and take what fits.";
    }

    /** "a partner", "a parent"...: who a conversation is written for. */
    static String aKind(Relationship r) {
        return switch (r) {
            case PARTNER -> "a partner";
            case PARENT -> "a parent";
            case CHILD -> "a son or daughter";
            case FRIEND -> "a friend";
            case COLLEAGUE -> "a colleague";
            case OTHER -> "someone else close to you, such as a brother or sister";
        };
    }

    /** "your parent", "a friend"...: who the person chosen is to the user. */
    static String yours(Relationship r) {
        return switch (r) {
            case PARTNER -> "your partner";
            case PARENT -> "your parent";
            case CHILD -> "your child";
            case FRIEND -> "a friend";
            case COLLEAGUE -> "a colleague";
            case OTHER -> "someone else in your life";
        };
    }
}
