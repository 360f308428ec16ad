package no.vidsynt.core.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a service refuses to do, and why: the one exception control classes throw for a refusal the person can act on.
 * It carries a {@link Kind} (which the API answers as 404, 403, 400 or 409) and a reason: a key in a language bundle
 * with its parameters, so pages show it in the person's language and the API in the caller's (RFC 7807 problem
 * documents, {@code urn:vidsynt:<area>:<key>}). Never a class name or a stack trace. Thrown before anything is
 * written, or inside the transaction, so that nothing is half-done.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, which decides the API's status. */
    public enum Kind {
        /** No such thing, or not one the person may see (404): both read the same, so probing ids tells nothing. */
        NOT_FOUND(404),
        /** The person may see it but not do this (403). */
        FORBIDDEN(403),
        /** The input is wrong (400). */
        INVALID(400),
        /** The state does not allow it now (409): already done, closed, changed by someone else. */
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String area;
    private final String bundle;
    private final transient ClassLoader loader;
    private final String key;
    private final transient Object[] arguments;

    /** A refusal whose reason is {@code key} in {@code bundle} (a base name such as {@code no.vidsynt.core.i18n.learning}). */
    public Refusal(Kind kind, String bundle, String key, Object... arguments) {
        this(kind, areaOf(bundle), bundle, Refusal.class.getClassLoader(), key, arguments);
    }

    /** The same, for a bundle of another jar (a course module's) and an area named explicitly. */
    protected Refusal(Kind kind, String area, String bundle, ClassLoader loader, String key, Object... arguments) {
        super(key);
        this.kind = kind;
        this.area = area;
        this.bundle = bundle;
        this.loader = loader == null ? Refusal.class.getClassLoader() : loader;
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments;
    }

    public static Refusal notFound(String bundle, String key, Object... arguments) {
        return new Refusal(Kind.NOT_FOUND, bundle, key, arguments);
    }

    public static Refusal forbidden(String bundle, String key, Object... arguments) {
        return new Refusal(Kind.FORBIDDEN, bundle, key, arguments);
    }

    public static Refusal invalid(String bundle, String key, Object... arguments) {
        return new Refusal(Kind.INVALID, bundle, key, arguments);
    }

    public static Refusal conflict(String bundle, String key, Object... arguments) {
        return new Refusal(Kind.CONFLICT, bundle, key, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    /** The feature the reason belongs to, the middle of the problem type {@code urn:vidsynt:<area>:<key>}. */
    public String area() {
        return area;
    }

    /** The reason in the given language (English for {@link Locale#ROOT} or a language without a bundle). */
    public String message(Locale locale) {
        return format(text(bundle, loader, locale, key), locale, arguments);
    }

    /** Per-field reasons, when the refusal is about several fields of one input; empty otherwise. */
    public List<FieldReason> fieldReasons(Locale locale) {
        return List.of();
    }

    /** One field of the input and what is wrong with it, in a language. */
    public record FieldReason(String field, String message) {}

    /** The English reason, for logs. */
    @Override
    public String getMessage() {
        try {
            return message(Locale.ROOT);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    /** A text from a bundle without falling back to the server's default language. */
    public static String text(String bundle, ClassLoader loader, Locale locale, String key) {
        return ResourceBundle.getBundle(
                        bundle,
                        locale,
                        loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    /**
     * A pattern with its arguments; a pattern without arguments is used as it is (its apostrophes stay). An argument
     * that is a {@link Localised} text is shown in the same language.
     */
    public static String format(String pattern, Locale locale, Object... arguments) {
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof Localised text ? text.in(locale) : argument)
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** An argument that is itself a text in the reader's language (a reason given by another feature). */
    @FunctionalInterface
    public interface Localised extends java.io.Serializable {
        String in(Locale locale);
    }

    private static String areaOf(String bundle) {
        return bundle.substring(bundle.lastIndexOf('.') + 1);
    }
}
