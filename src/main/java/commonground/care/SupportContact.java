package commonground.care;

/** Someone the user can call: a name and a number, in the user's own words. */
public record SupportContact(long id, String name, String number) {
}
