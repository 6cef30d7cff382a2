package org.myknees.adapter.inference.djl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a bank descriptor to the text worth embedding: upper case, without card-channel prefixes, store numbers,
 * references, dates, phone numbers, and the trailing city and state. Different transactions of one merchant then
 * share one key, so the model embeds each merchant once. Stateless and thread-safe.
 */
final class LocalDescriptorNormalizer {

    private static final Pattern CHANNEL_PREFIX = Pattern.compile("^(?:(?:POS DEBIT|POS PURCHASE|POS|CHECKCARD"
            + "|PURCHASE AUTHORIZED ON|DEBIT CARD PURCHASE|CARD PURCHASE|VISA DEBIT|DEBIT CARD|RECURRING PAYMENT"
            + "|RECURRING|RETURN|REFUND|CONTACTLESS|CARD PAYMENT TO|KARTENZAHLUNG|SEPA-LASTSCHRIFT|SEPA LASTSCHRIFT"
            + "|FOLGELASTSCHRIFT|LASTSCHRIFT|PRLV SEPA|PAIEMENT CB|CB|BETAALPAS|PIN)"
            + "(?: \\d{2}/?\\d{2}(?:/\\d{2,4})?)?\\s+)+");
    /** Card numbers (US: {@code CARD 4821}) and booking dates (UK: {@code ON 12 MAR}) at the end. */
    private static final Pattern TRAILER = Pattern.compile("(?:\\s+CARD\\s+\\d{4}|\\s+ON\\s+\\d{1,2}\\s+[A-Z]{3})$");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b");
    /**
     * An order reference glued to the merchant by an asterisk, with nothing but numbers after it:
     * {@code AMZN Mktp US*2K4XY7L03}, {@code Amazon.com*DLTXFD S826296849542703}.
     */
    private static final Pattern GLUED_REFERENCE = Pattern.compile(
            "(?<=[A-Z.])\\*[A-Z0-9]{3,12}(?=(?:\\s+[A-Z]?\\d+)*$)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s*#,;:|/\"]+");
    /** A name with a digit or two in it: {@code CB2}, {@code 1PASSWORD}, {@code VETS4PETS}, {@code JET2.COM}. */
    private static final Pattern NAME_WITH_DIGITS = Pattern.compile("^(?=(?:[^0-9]*[0-9]){1,2}[^0-9]*$)"
            + "(?=.*[A-Z]).{2,}$");
    /** Brand glued to a store number: {@code H&M4495}, {@code PETRO12345}. */
    private static final Pattern BRAND_WITH_NUMBER = Pattern.compile("^([A-Z&'.\\-]{2,})\\d+$");
    /** Numbers that are part of a name: {@code 76}, {@code 7-ELEVEN}, {@code 1-800-FLOWERS.COM}. */
    private static final Pattern NAME_NUMBER = Pattern.compile(
            "^(?:\\d{1,2}|\\d{1,2}-[A-Z][A-Z0-9.\\-]*|1-800-?[A-Z.\\-]*|\\d{1,2}[A-Z]{1,2}|[A-Z]+\\+)$");
    /** US states and countries that end descriptors; those that are also words (IN, ON, OR, ME, OK) stay. */
    private static final Set<String> REGIONS = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "ID", "IL", "IA", "KS", "KY", "LA", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
            "NY", "NC", "ND", "OH", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
            "BC", "QC", "USA", "US", "GB", "GBR", "UK", "DEU", "FR", "FRA", "NL", "NLD", "IE", "IRL", "ESP", "ITA");
    private static final List<String> CITIES = List.of("SAN FRANCISCO", "OAKLAND", "BERKELEY", "SAN JOSE",
            "LOS ANGELES", "SAN DIEGO", "SACRAMENTO", "SEATTLE", "PORTLAND", "DENVER", "AUSTIN", "HOUSTON", "DALLAS",
            "SAN ANTONIO", "CHICAGO", "NEW YORK", "NEW YORK CITY", "BROOKLYN", "BOSTON", "PHILADELPHIA", "ATLANTA",
            "MIAMI", "ORLANDO", "TAMPA", "PHOENIX", "MINNEAPOLIS", "DETROIT", "COLUMBUS", "NASHVILLE", "CHARLOTTE",
            "RALEIGH", "SALT LAKE CTY", "SALT LAKE CITY", "LAS VEGAS", "WASHINGTON", "BALTIMORE", "PITTSBURGH",
            "CLEVELAND", "ST LOUIS", "KANSAS CITY", "INDIANAPOLIS", "LONDON", "MANCHESTER", "BIRMINGHAM", "LEEDS",
            "GLASGOW", "EDINBURGH", "BRISTOL", "LIVERPOOL", "DUBLIN", "PARIS", "BERLIN", "MUENCHEN", "MUNCHEN",
            "MUNICH", "HAMBURG", "KOELN", "FRANKFURT", "AMSTERDAM", "ROTTERDAM", "UTRECHT", "MADRID", "BARCELONA",
            "MILANO", "ROMA", "LYON", "BRUXELLES", "WIEN");

    private LocalDescriptorNormalizer() {
    }

    static String normalize(String descriptor) {
        String text = descriptor.toUpperCase(Locale.ROOT).strip();
        text = CHANNEL_PREFIX.matcher(text).replaceFirst("");
        text = TRAILER.matcher(text).replaceFirst("");
        text = DATE.matcher(text).replaceAll(" ");
        text = GLUED_REFERENCE.matcher(text).replaceFirst("");
        List<String> kept = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            String word = keep(token, kept.size());
            if (word != null) {
                kept.add(word);
            }
        }
        while (kept.size() > 1 && REGIONS.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        String joined = String.join(" ", kept);
        for (String city : CITIES) {
            if (joined.endsWith(" " + city)) {
                return joined.substring(0, joined.length() - city.length() - 1);
            }
        }
        return joined;
    }

    /** The token as kept in the key, or null when it is noise (a number, a reference). */
    private static String keep(String token, int position) {
        String word = trimPunctuation(token);
        if (word.isEmpty()) {
            return null;
        }
        if (!hasDigit(word)) {
            // A random reference after the name (KIVA MICROFUNDS PWTDRKQ) has no digit but reads like no word.
            return position >= 2 && looksRandom(word) ? null : word;
        }
        if (NAME_NUMBER.matcher(word).matches()) {
            return word;
        }
        if (position >= 1) {
            // After the first word, letters mixed with digits are store numbers and references.
            return null;
        }
        var brand = BRAND_WITH_NUMBER.matcher(word);
        if (brand.matches() && (brand.group(1).length() >= 3 || brand.group(1).contains("&"))) {
            return brand.group(1);
        }
        return NAME_WITH_DIGITS.matcher(word).matches() ? word : null;
    }

    private static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && "-.'/&_()[]{}".indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "-.'/_()[]{}".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** No vowel at all, or four consonants in a row: rare in names, common in random letter references. */
    private static boolean looksRandom(String word) {
        if (word.length() < 4) {
            return false;
        }
        int run = 0;
        boolean vowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                run = 0;
            } else if ("AEIOUY".indexOf(c) >= 0) {
                vowel = true;
                run = 0;
            } else if (++run >= 4) {
                return true;
            }
        }
        return !vowel;
    }
}
