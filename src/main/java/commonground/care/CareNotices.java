package commonground.care;

import commonground.shell.DatabaseThread;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.HashSet;
import java.util.Locale;

/**
 * What the gentle notices share across the app for the session: whether they are on (a choice
 * in Privacy), what they were dismissed for, the check itself and the crisis line. Dismissals
 * and the on/off choice are kept in the database when there is one; reading and writing happen
 * on the database thread, and until the first read the notice is on with nothing dismissed.
 */
public final class CareNotices {

    private static final System.Logger LOG = System.getLogger(CareNotices.class.getName());

    private final CareNoticeRepository repository;
    private final DatabaseThread dbThread;
    private final CrisisLine crisisLine;
    private final SupportContactRepository contacts;
    private final ReadOnlyStringWrapper peopleToCall = new ReadOnlyStringWrapper(this, "peopleToCall", PEOPLE);
    private final DistressSignals signals = new DistressSignals();
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled", true);
    private final ObservableSet<String> dismissed = FXCollections.observableSet(new HashSet<>());
    /** Held here: the read-only view listens to {@link #dismissed} weakly, so a fresh one per call would be lost. */
    private final ObservableSet<String> dismissedView = FXCollections.unmodifiableObservableSet(dismissed);
    private boolean loadAsked;
    private boolean changedBeforeLoad;

    /** Notices kept in the database through {@code repository}, run on {@code dbThread}. */
    public CareNotices(CareNoticeRepository repository, DatabaseThread dbThread, CrisisLine crisisLine) {
        this(repository, dbThread, crisisLine, null);
    }

    /** Also names the user's own "people I can call" from the Help page ({@code contacts} may be null). */
    public CareNotices(CareNoticeRepository repository, DatabaseThread dbThread, CrisisLine crisisLine,
                       SupportContactRepository contacts) {
        this.repository = repository;
        this.dbThread = dbThread;
        this.crisisLine = crisisLine == null ? CrisisLine.NEUTRAL : crisisLine;
        this.contacts = contacts;
    }

    /** Said when the user has not added anyone to call on the Help page. */
    static final String PEOPLE = "Someone you trust, a friend, a relative or your doctor, can help you carry it too.";

    /** The user's own people to call, as the notice says them; read again by {@link #refreshPeopleToCall()}. */
    public ReadOnlyStringProperty peopleToCallProperty() {
        return peopleToCall.getReadOnlyProperty();
    }

    /** Reads the user's "people I can call" again (they may have added someone on the Help page). */
    public void refreshPeopleToCall() {
        if (contacts == null || dbThread == null) {
            return;
        }
        dbThread.run(contacts::all, list -> peopleToCall.set(peopleToCall(list)), error -> LOG.log(
                System.Logger.Level.WARNING, "The people to call could not be read for the notice", error));
    }

    /** "You could call Maya (07700 900123) or Tom (0161 496 0000)…", or the general line when there is no one. */
    static String peopleToCall(java.util.List<SupportContact> list) {
        if (list.isEmpty()) {
            return PEOPLE;
        }
        java.util.List<String> named = list.stream().limit(3)
                .map(c -> c.number().isBlank() ? c.name()
                        : c.name() + " (" + c.number().replace(' ', '\u00a0') + ")").toList();
        String who = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1);
        return "You could call " + who + ". You listed them as "
                + (named.size() == 1 ? "someone" : "people") + " you can turn to.";
    }

    /** Notices remembered for this session only (for screens and tests without a database). */
    public static CareNotices inMemory() {
        return new CareNotices(null, null, CrisisLine.NEUTRAL);
    }

    /** Reads the on/off choice and the dismissals once; later calls do nothing. */
    public void load() {
        if (loadAsked || repository == null) {
            return;
        }
        loadAsked = true;
        dbThread.run(() -> new Saved(repository.noticeOn(), repository.dismissed()), saved -> {
            dismissed.addAll(saved.dismissed());
            if (!changedBeforeLoad) {
                enabled.set(saved.on());
            }
        }, error -> {
            loadAsked = false;
            LOG.log(System.Logger.Level.WARNING, "The care notice settings could not be read; the notice stays on", error);
        });
    }

    private record Saved(boolean on, java.util.Set<String> dismissed) {
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** Turns the notices on or off everywhere, and remembers the choice. */
    public void setEnabled(boolean on) {
        changedBeforeLoad = true;
        if (enabled.get() == on) {
            return;
        }
        enabled.set(on);
        if (repository != null) {
            dbThread.run(() -> {
                repository.setNoticeOn(on);
                return null;
            }, ok -> { }, error -> LOG.log(System.Logger.Level.WARNING,
                    "The care notice choice could not be saved; it holds for this session", error));
        }
    }

    public boolean isDismissed(String item) {
        return item != null && dismissed.contains(item);
    }

    /** The items dismissed so far, to listen to. */
    public ObservableSet<String> dismissed() {
        return dismissedView;
    }

    /** Hides the notice for {@code item} from now on, and remembers that. */
    public void dismiss(String item) {
        if (item == null || !dismissed.add(item) || repository == null) {
            return;
        }
        dbThread.run(() -> {
            repository.dismiss(item);
            return null;
        }, ok -> { }, error -> LOG.log(System.Logger.Level.WARNING,
                "A dismissed notice could not be saved; it stays dismissed for this session", error));
    }

    /**
     * Forgets every sentence of the user's text kept to answer faster, and the names of the
     * user's people to call (the notice says the general words until {@link #refreshPeopleToCall()}
     * reads them again after unlocking); on locking.
     */
    public void forgetTexts() {
        signals.forget();
        peopleToCall.set(PEOPLE);
    }

    public DistressSignals signals() {
        return signals;
    }

    /** The domestic-abuse line for the user's country, for danger from someone else. */
    public String abuseLineText() {
        return crisisLine.abuseLineFor(Locale.getDefault());
    }

    /** The crisis line text for the user's country. */
    public String crisisLineText() {
        return crisisLine.forCountry(Locale.getDefault());
    }
}
