package commonground.care;

import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Preferences;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The Help page's state: the chosen country (remembered) and what to show for it, and the user's
 * own list of people to call, with the form to add or change one. No controls here.
 */
public final class HelpViewModel {

    /** The preference that remembers the chosen country. */
    public static final String COUNTRY_KEY = "care.country";

    private final HelpResources resources;
    private final String loadProblem;
    private final SupportContactRepository contacts;
    private final DatabaseThread db;
    private final Dialogs dialogs;
    private final Preferences preferences;
    private final Runnable savePreferences;

    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final StringProperty country = new SimpleStringProperty(this, "country", HelpResource.INTERNATIONAL);
    private final ObservableList<HelpResource> shown = FXCollections.observableArrayList();
    private final ObservableList<SupportContact> people = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper numberError = new ReadOnlyStringWrapper(this, "numberError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LongProperty editing = new SimpleLongProperty(this, "editing", -1);

    /**
     * @param resources       the help resources ({@link HelpResources#none()} when they could not be read)
     * @param loadProblem     why they could not be read, or empty
     * @param osCountry       the country of the computer's locale, used until the user chooses one
     */
    public HelpViewModel(HelpResources resources, String loadProblem, SupportContactRepository contacts,
                         DatabaseThread db, Dialogs dialogs, Preferences preferences, Runnable savePreferences,
                         String osCountry) {
        this.resources = resources;
        this.loadProblem = loadProblem == null ? "" : loadProblem;
        this.contacts = contacts;
        this.db = db;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.savePreferences = savePreferences;
        List<String> codes = new ArrayList<>(resources.countries());
        codes.sort((a, b) -> HelpResources.countryName(a).compareToIgnoreCase(HelpResources.countryName(b)));
        codes.add(HelpResource.INTERNATIONAL);
        countries.setAll(codes);
        String remembered = preferences.get(COUNTRY_KEY, "");
        String start = codes.contains(remembered) ? remembered
                : codes.contains(osCountry) ? osCountry : HelpResource.INTERNATIONAL;
        country.set(start);
        shown.setAll(resources.forCountry(start));
        country.addListener((obs, old, now) -> {
            shown.setAll(resources.forCountry(now));
            preferences.put(COUNTRY_KEY, now);
            savePreferences.run();
        });
    }

    /** How the picker names a country code ("Another country" for the international list). */
    public static String countryLabel(String code) {
        return HelpResource.INTERNATIONAL.equals(code) ? "Another country" : HelpResources.countryName(code);
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public StringProperty countryProperty() {
        return country;
    }

    /** What to show for the chosen country, emergency first. */
    public ObservableList<HelpResource> shown() {
        return shown;
    }

    /** Why the list of services could not be read, or empty. */
    public String loadProblem() {
        return loadProblem;
    }

    public ObservableList<SupportContact> people() {
        return people;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty numberErrorProperty() {
        return numberError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The id of the person being changed, or -1 while adding someone new. */
    public LongProperty editingProperty() {
        return editing;
    }

    /** The app is locking: the list of people to call is dropped; {@link #reload()} reads it again. */
    public void onLock() {
        people.clear();
    }

    /** Reads the list of people to call (on the database thread). */
    public void reload() {
        db.run(contacts::all, people::setAll, error -> message.set("Your list of people to call could not be "
                + "read just now. " + reason(error)));
    }

    /** Adds the person in the form, or saves the changes to the one being edited. Problems show by the field. */
    public void save() {
        String n = name.get();
        String num = number.get();
        nameError.set(orEmpty(SupportContactCheck.nameProblem(n)));
        numberError.set(orEmpty(SupportContactCheck.numberProblem(num)));
        if (!nameError.get().isEmpty() || !numberError.get().isEmpty()) {
            return;
        }
        long id = editing.get();
        db.run(() -> id < 0 ? contacts.add(n, num) : contacts.update(id, n, num), saved -> {
            message.set(id < 0 ? saved.name() + " is in your list." : "Saved.");
            clearForm();
            reload();
        }, error -> message.set("This could not be saved, and what you typed is still here. " + reason(error)));
    }

    /** Puts a person in the form to change them. */
    public void edit(SupportContact contact) {
        editing.set(contact.id());
        name.set(contact.name());
        number.set(contact.number());
        nameError.set("");
        numberError.set("");
    }

    /** Leaves the form empty, for adding someone new. */
    public void clearForm() {
        editing.set(-1);
        name.set("");
        number.set("");
        nameError.set("");
        numberError.set("");
    }

    /** Removes a person from the list, after asking. */
    public void remove(SupportContact contact) {
        if (!dialogs.confirm("Remove " + contact.name() + "?", contact.name() + " and their number will no longer "
                + "be in your list.", "Remove")) {
            return;
        }
        db.run(() -> {
            contacts.remove(contact.id());
            return null;
        }, ok -> {
            message.set(contact.name() + " is no longer in your list.");
            if (editing.get() == contact.id()) {
                clearForm();
            }
            reload();
        }, error -> message.set("This could not be removed. " + reason(error)));
    }

    private static String reason(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
