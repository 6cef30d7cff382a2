package org.myknees.domain.merchant;

import static org.myknees.domain.merchant.DescriptorVocabulary.CARD_LABEL;
import static org.myknees.domain.merchant.DescriptorVocabulary.CURRENCY;
import static org.myknees.domain.merchant.DescriptorVocabulary.FRAMING;
import static org.myknees.domain.merchant.DescriptorVocabulary.INTERMEDIARIES;
import static org.myknees.domain.merchant.DescriptorVocabulary.LABELS;
import static org.myknees.domain.merchant.DescriptorVocabulary.LOCATION_CODE;
import static org.myknees.domain.merchant.DescriptorVocabulary.LONGEST_PLACE;
import static org.myknees.domain.merchant.DescriptorVocabulary.MONTH;
import static org.myknees.domain.merchant.DescriptorVocabulary.NOISE;
import static org.myknees.domain.merchant.DescriptorVocabulary.NUMBER_LABEL;
import static org.myknees.domain.merchant.DescriptorVocabulary.PLACES;
import static org.myknees.domain.merchant.DescriptorVocabulary.PLACE_END;
import static org.myknees.domain.merchant.DescriptorVocabulary.PLACE_GUARD;
import static org.myknees.domain.merchant.DescriptorVocabulary.SEC_CODE;
import static org.myknees.domain.merchant.DescriptorVocabulary.SLASH_LABELS;
import static org.myknees.domain.merchant.DescriptorVocabulary.TOP_LEVEL_DOMAIN;
import static org.myknees.domain.merchant.DescriptorVocabulary.WEEKDAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which pieces of a raw descriptor are noise, in a fixed order of passes over a short list:
 * numbers and ids, dates and times, field labels, card and direct-debit framing, the payment processor,
 * web addresses that are not the merchant, and finally the trailing place. The kept pieces, in order, are
 * both the matching form ({@link DescriptorNormalizer}) and the raw spans of the display name
 * ({@link MerchantNameExtractor}).
 */
final class DescriptorAnalysis {

    /** The width of the groups an IBAN is printed in. */
    private static final int IBAN_GROUP = 4;

    private static final int MAX_LEADING_STRIPS = 6;
    /** Words banks print around a time ({@code ORE 18:22}, {@code OM 19.05 UUR}, {@code UM 14.22 UHR}). */
    private static final Set<String> TIME_WORDS = Set.of("ORE", "OM", "UM", "UUR", "UHR");
    /**
     * Words banks print before a date after the name ({@code … CINCINNATI OH ON 031226}, {@code … Date 03/16/26}), and
     * before the name in Italian card entries ({@code PAGAMENTO CARTA DI DEBITO 0411 DEL 02/03/26 ORE 12.40 …}).
     */
    private static final Set<String> DATE_WORDS = Set.of("ON", "DATE", "DEL");
    /** Day, month and year: the most numbers a date glues together. */
    private static final int MAX_DATE_PARTS = 3;

    final String raw;
    final List<Piece> kept;
    /** The payment processor or platform printed before the merchant, or null. */
    final DescriptorVocabulary.Intermediary intermediary;

    /** A trailing town was recognised and removed. */
    final boolean placeStripped;

    /**
     * Index of the state or country codes that end the text right after the kept words ({@code CA} of
     * {@code MAPLE LEAF DONUTS CHICO CA}), or -1: the words before them are the town even when the town list
     * does not know it.
     */
    final int locationCodeIndex;

    /**
     * Index in {@link #kept} of the first of one or two words that follow a store number or a date after the
     * name ({@code AMES} of {@code CYCLONE FUEL STOP 0231 AMES IA}, {@code DIJON} of {@code CB LE PETIT BISTROT
     * 19/09 DIJON}): banks print the town there. -1 when the text has no such shape.
     */
    final int placeAfterNumber;

    /**
     * How many of the {@link #kept} pieces can hold the name: the kind of entry an export's own column prints
     * last ({@code … LEEDS GB Contactless}) is kept for matching, since it says how money moved, but after it.
     */
    final int nameEnd;

    /** The last piece of the name is a {@code CO} that stood before the town taken off, kept for the name only. */
    private final boolean closingCoBeforeTown;

    private DescriptorAnalysis(String raw, List<Piece> kept, DescriptorVocabulary.Intermediary intermediary,
            boolean placeStripped, int locationCodeIndex, int placeAfterNumber, int nameEnd) {
        this.raw = raw;
        this.kept = kept;
        this.intermediary = intermediary;
        this.placeStripped = placeStripped;
        this.locationCodeIndex = locationCodeIndex;
        this.placeAfterNumber = placeAfterNumber;
        this.nameEnd = nameEnd;
        this.closingCoBeforeTown = placeStripped && nameEnd > 1 && kept.get(nameEnd - 1).norm.equals("CO");
    }

    static DescriptorAnalysis of(String raw) {
        List<Piece> pieces = DescriptorScanner.scan(raw);
        dropNumbersAndIds(pieces);
        dropNumericGroups(pieces);
        dropDatesAndTimes(pieces);
        applyLabels(pieces);

        List<Piece> live = live(pieces);
        Leading leading = leading(live, pieces);
        for (int k = 0; k < leading.end(); k++) {
            live.get(k).dropped = true;
        }
        dropNumberLabels(pieces);
        dropDateWords(pieces);
        dropNoiseWords(pieces);
        dropTrailingCardNetwork(pieces);
        dropBackslashedPlace(pieces);
        if (leading.end() < live.size()) {
            int nameChunk = live.get(leading.end()).chunk;
            markDomains(pieces, nameChunk, leading.intermediary() != null);
            if (leading.intermediary() != null) {
                dropShopAddress(pieces, nameChunk);
            }
        }
        List<Piece> kept = live(pieces);
        dropNameIntroduction(kept);
        mergePossessives(kept);
        completeCutTown(kept);
        for (Piece piece : kept) {
            if (piece.isWord()) {
                piece.norm = DescriptorVocabulary.SHORTENED_FOR_MATCHING.getOrDefault(piece.norm, piece.norm);
            }
        }
        List<Piece> entryType = trailingEntryType(raw, kept);
        int keptBeforeCodes = kept.size();
        boolean placeStripped = stripTrailingPlace(pieces, kept);
        int locationCodeIndex = -1;
        if (!placeStripped && kept.size() < keptBeforeCodes && kept.size() > 0) {
            int first = kept.get(kept.size() - 1).index + 1;
            boolean codesEndText = true;
            // a card reference the bank prints after the state code (S462259812345678 CARD 3321) is already dropped
            for (int k = first; k < pieces.size() && codesEndText; k++) {
                codesEndText = pieces.get(k).isWord() && pieces.get(k).is(LOCATION_CODE)
                        || k > first && pieces.get(k).dropped;
            }
            locationCodeIndex = codesEndText ? first : -1;
        }
        int placeAfterNumber = placeAfterNumber(pieces, kept);
        int nameEnd = kept.size();
        for (Piece piece : entryType) {
            piece.dropped = false;
            kept.add(piece);
        }
        return new DescriptorAnalysis(raw, kept, leading.intermediary(), placeStripped, locationCodeIndex,
                placeAfterNumber, nameEnd);
    }

    /**
     * The word that introduces the shop once the framing before it is gone ({@code PAGAMENTO POS 12,40 EUR DEL
     * 03/03/2026 ORE 12:31 PRESSO <shop>}): it, a word left over before it and a card processor printed after it
     * ({@code … PRESSO SUMUP *GELATERIA …}) are no part of the text to match. A text that opens with the word is a
     * name of its own ({@code PRESSO OY}).
     */
    private static void dropNameIntroduction(List<Piece> kept) {
        for (int k = 0; k <= 1 && k < kept.size() - 1 && kept.get(0).index > 0; k++) {
            PhraseTable.Entry<Boolean> introduction =
                    DescriptorVocabulary.NAME_FOLLOWS.longestAt(kept, k, kept.size() - 1);
            if (introduction != null) {
                for (int n = k + introduction.length(); n > 0; n--) {
                    kept.remove(0).dropped = true;
                }
                PhraseTable.Entry<DescriptorVocabulary.Intermediary> processor =
                        INTERMEDIARIES.longestAt(kept, 0, kept.size() - 1);
                if (processor != null && kept.get(processor.length()).starBefore) {
                    for (int n = processor.length(); n > 0; n--) {
                        kept.remove(0).dropped = true;
                    }
                }
                return;
            }
        }
    }

    /**
     * Bank Austria's card entries print the shop, its town and its postcode as backslashed fields ({@code BEZAHLUNG
     * KARTE MC/… FRISEUR HUBER\WELS\4600}): from the first of two such backslashes on, the text is the address,
     * whether or not the town list knows the town.
     */
    private static void dropBackslashedPlace(List<Piece> pieces) {
        int first = -1;
        for (int k = 1; k < pieces.size(); k++) {
            if (pieces.get(k).sepBefore != '\\') {
                continue;
            }
            if (first < 0) {
                first = k;
            } else {
                for (int d = first; d < pieces.size(); d++) {
                    pieces.get(d).dropped = true;
                }
                return;
            }
        }
    }

    /** See {@link #placeAfterNumber}; a word that ends business names ({@code DINER}) is no town. */
    private static int placeAfterNumber(List<Piece> pieces, List<Piece> kept) {
        int size = kept.size();
        for (int k = Math.max(1, size - 2); k < size; k++) {
            Piece previous = kept.get(k - 1);
            Piece first = kept.get(k);
            boolean numberKept = previous.type == Piece.Type.NUMBER && k >= 2 && kept.get(k - 2).isWord()
                    && !isClubYear(pieces, previous.index);
            boolean numberDropped = previous.isWord() && onlyNumberBetween(pieces, previous.index, first.index);
            if (!numberKept && !numberDropped) {
                continue;
            }
            for (int t = k; t < size; t++) {
                Piece word = kept.get(t);
                if (word.type != Piece.Type.WORD || word.is(PLACE_GUARD)
                        || DescriptorVocabulary.NAME_ENDINGS.contains(word.norm)) {
                    return -1;
                }
            }
            return numberKept ? k - 1 : k;
        }
        return -1;
    }

    /**
     * Between the two pieces stands one number of two digits or more ({@code 0231}) or one date of such
     * numbers glued together ({@code 19/09}, {@code 19.09.26}), and nothing else.
     */
    private static boolean onlyNumberBetween(List<Piece> pieces, int before, int after) {
        int count = after - before - 1;
        if (count < 1 || count > MAX_DATE_PARTS || pieces.get(before + 1).type != Piece.Type.NUMBER
                || pieces.get(before + 1).digits < 2) {
            return false;
        }
        for (int k = before + 2; k < after; k++) {
            Piece part = pieces.get(k);
            if (part.type != Piece.Type.NUMBER || !part.glued() || !part.dropped) {
                return false;
            }
        }
        return true;
    }

    /** How many live pieces of card framing and processor prefix open the text, and which processor. */
    private record Leading(int end, DescriptorVocabulary.Intermediary intermediary) {
    }

    /**
     * {@code POS DEBIT}, {@code CHECKCARD}, {@code SQ *} and the like, in any order, as long as something
     * is left after them: a framing word that is all there is stays.
     */
    private static Leading leading(List<Piece> live, List<Piece> pieces) {
        DescriptorVocabulary.Intermediary intermediary = null;
        int start = 0;
        for (int round = 0; round < MAX_LEADING_STRIPS && start < live.size(); round++) {
            PhraseTable.Entry<Boolean> framing = FRAMING.longestAt(live, start, live.size());
            if (framing != null && start + framing.length() < live.size()) {
                start += framing.length();
                continue;
            }
            // the card's label between the framing and the processor (Betaalautomaat 12:14 pasnr. 004 LSP*…); its
            // number is gone already
            if (start > 0 && start + 1 < live.size() && labelsDroppedNumber(live.get(start), pieces)) {
                start++;
                continue;
            }
            PhraseTable.Entry<DescriptorVocabulary.Intermediary> processor =
                    INTERMEDIARIES.longestAt(live, start, live.size());
            if (intermediary == null && processor != null && start + processor.length() < live.size()
                    && startsMerchant(live.get(start + processor.length()), processor.value())) {
                intermediary = processor.value();
                start += processor.length();
                continue;
            }
            break;
        }
        return new Leading(start + townBeforeShop(live, pieces, start), intermediary);
    }

    /**
     * Crédit Mutuel and CIC print the town between the day and the shop ({@code PAIEMENT CB 0204 ANGERS SUPER U
     * CARTE 0441}): after their {@code PAIEMENT CB} (or {@code PSC}, contactless) and its dropped day, a known town of
     * up to five words that leaves a word of name before the card label is not part of the name. The length of
     * that town, 0 when there is none.
     */
    private static int townBeforeShop(List<Piece> live, List<Piece> pieces, int start) {
        if (start != 2 || !live.get(0).norm.equals("PAIEMENT")
                || !(live.get(1).norm.equals("CB") || live.get(1).norm.equals("PSC"))) {
            return 0;
        }
        int day = live.get(1).index + 1;
        if (day >= pieces.size() || pieces.get(day).type != Piece.Type.NUMBER || pieces.get(day).norm.length() != 4
                || live.get(start).index != day + 1) {
            return 0;
        }
        for (int length = Math.min(5, live.size() - start - 1); length > 0; length--) {
            Piece after = live.get(start + length);
            if (!after.is(CARD_LABEL) && PLACES.contains(join(live, start, start + length))) {
                return length;
            }
        }
        return 0;
    }

    private static boolean labelsDroppedNumber(Piece word, List<Piece> pieces) {
        return word.isWord() && word.is(CARD_LABEL) && word.index + 1 < pieces.size()
                && pieces.get(word.index + 1).dropped && pieces.get(word.index + 1).type == Piece.Type.NUMBER;
    }

    /** {@code SP+ PARKING} is a brand, not Shopify's {@code SP}; some prefixes only count with their star. */
    private static boolean startsMerchant(Piece next, DescriptorVocabulary.Intermediary processor) {
        return !next.norm.equals(DescriptorScanner.PLUS) && (!processor.needsStar() || next.starBefore);
    }

    /**
     * The kept pieces' matching forms joined by single spaces. A closing {@code CO} kept for the name before a town
     * is left out, as it is from a text that ends in it, so that normalizing twice changes nothing.
     */
    String text() {
        StringBuilder text = new StringBuilder(raw.length());
        for (int k = 0; k < kept.size(); k++) {
            Piece piece = kept.get(k);
            if (closingCoBeforeTown && k == nameEnd - 1) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(piece.norm);
        }
        return text.toString();
    }

    private static List<Piece> live(List<Piece> pieces) {
        List<Piece> live = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            if (!piece.dropped) {
                live.add(piece);
            }
        }
        return live;
    }

    /** {@code TRADER JOE S}, {@code MACY S}: banks print the apostrophe of a possessive as a space. */
    private static void mergePossessives(List<Piece> kept) {
        for (int i = kept.size() - 1; i > 0; i--) {
            Piece s = kept.get(i);
            Piece word = kept.get(i - 1);
            if (s.isWord() && s.norm.equals("S") && word.isWord() && word.norm.length() >= 2
                    && !word.norm.endsWith("S") && !word.norm.equals("AND")
                    && !DescriptorVocabulary.NEVER_POSSESSIVE.contains(word.norm)
                    && s.index == word.index + 1 && !word.possessive && !opensAbbreviation(kept, i)
                    && !abbreviatedSaint(kept, i)) {
                word.norm = word.norm + "S";
                word.possessive = true;
                s.dropped = true;
                kept.remove(i);
            }
        }
    }

    /**
     * The {@code S} of a dotted legal form ({@code S.L.}, {@code S.A.}, {@code s.r.o.}) is no possessive; a lone
     * letter after it counts whatever separates them, so that normalized text ({@code S A R L}) reads the same.
     */
    private static boolean opensAbbreviation(List<Piece> kept, int s) {
        if (s + 1 >= kept.size()) {
            return false;
        }
        Piece next = kept.get(s + 1);
        return next.index == kept.get(s).index + 1 && next.isWord() && next.norm.length() == 1;
    }

    /**
     * {@code GALP S. VICTOR}, {@code FARMACIA S. ANTONIO}: an {@code S} with a dot before the next word is São, San or
     * Saint, not a possessive.
     */
    private static boolean abbreviatedSaint(List<Piece> kept, int s) {
        if (s + 1 >= kept.size()) {
            return false;
        }
        Piece next = kept.get(s + 1);
        return next.isWord() && next.sepBefore == '.' && next.spaceBefore;
    }

    /** Store and reference numbers, masked card numbers, ids such as {@code 2K4LM1} or {@code S301234567890}. */
    private static void dropNumbersAndIds(List<Piece> pieces) {
        for (int k = 0; k < pieces.size(); k++) {
            Piece piece = pieces.get(k);
            boolean marked = piece.sepBefore == '#' || piece.sepBefore == '+';
            switch (piece.type) {
                case NUMBER -> piece.dropped = marked || followsMask(pieces, k)
                        || (piece.digits >= 3 && !DescriptorVocabulary.isBrandNumber(piece.norm)
                            && !isClubYear(pieces, k));
                case MIXED -> piece.dropped = marked || piece.norm.startsWith("XX") || piece.norm.endsWith("XX")
                        || isTimeOrDay(piece.norm)
                        || k > 0 && pieces.get(k - 1).sepBefore == ':' && isCardSlot(piece.norm)
                        || countryBeforeCardSlot(pieces, k)
                        || (!isBrandWithNumber(piece) && (piece.digits >= 3
                            || (piece.digits >= 2 && piece.norm.length() >= 6)));
                // NatWest prints C (contactless) after the day: 4829 03MAR26 C , TESCO STORES , LEEDS GB
                // Belfius splits the masked digits with a lone X (6703 04XX XXXX X 4412)
                case WORD -> piece.dropped = isMaskWord(piece.norm) || piece.norm.equals("X") && followsMask(pieces, k)
                        || piece.norm.equals("C") && k > 0
                        && pieces.get(k - 1).type == Piece.Type.MIXED && isTimeOrDay(pieces.get(k - 1).norm);
                default -> { }
            }
        }
        dropPrintedIbans(pieces);
    }

    /**
     * An IBAN printed in groups of four ({@code BE71 0018 4412 2077}, {@code NL57 INGB 0001 2345 67}): the country code
     * and check digits open it, a bank code of letters may follow, then groups of digits, the last one shorter. Its
     * digit groups would be dropped as numbers anyway; the opening, the bank code and a short last group go with them.
     */
    private static void dropPrintedIbans(List<Piece> pieces) {
        for (int k = 0; k + 2 < pieces.size(); k++) {
            if (!isIbanOpening(pieces.get(k).norm)) {
                continue;
            }
            int g = k + 1;
            if (pieces.get(g).isWord() && pieces.get(g).norm.length() == IBAN_GROUP) {
                g++;
            }
            int digitGroups = 0;
            while (g < pieces.size() && pieces.get(g).type == Piece.Type.NUMBER && pieces.get(g).digits <= IBAN_GROUP
                    && (digitGroups == 0 || pieces.get(g - 1).digits == IBAN_GROUP)) {
                digitGroups++;
                g++;
            }
            if (digitGroups >= 2) {
                for (int n = k; n < g; n++) {
                    pieces.get(n).dropped = true;
                }
                k = g - 1;
            }
        }
    }

    private static boolean isIbanOpening(String norm) {
        return norm.length() == IBAN_GROUP && Character.isLetter(norm.charAt(0)) && Character.isLetter(norm.charAt(1))
                && Character.isDigit(norm.charAt(2)) && Character.isDigit(norm.charAt(3));
    }

    /**
     * German clubs carry their founding year before the club's legal form ({@code TUS EINTRACHT 1898 EV}, {@code SV
     * LINDENAU 1848 E.V.}): it is part of the name.
     */
    private static boolean isClubYear(List<Piece> pieces, int k) {
        Piece year = pieces.get(k);
        if (year.digits != 4 || year.norm.charAt(0) != '1' || year.norm.charAt(1) < '8' || k + 1 >= pieces.size()) {
            return false;
        }
        Piece next = pieces.get(k + 1);
        return next.norm.equals("EV") || next.norm.equals("E") && k + 2 < pieces.size()
                && pieces.get(k + 2).norm.equals("V");
    }

    /**
     * Names that carry a short number: a word then at most two digits ({@code FOREVER21}, {@code HOME24}) or
     * at most four digits then a word ({@code 23ANDME}, {@code 1800FLOWERS}). Ids mix letters and digits
     * more freely ({@code 2K4LM1}) or run longer.
     */
    private static boolean isBrandWithNumber(Piece piece) {
        String norm = piece.norm;
        int firstDigit = 0;
        while (firstDigit < norm.length() && !Character.isDigit(norm.charAt(firstDigit))) {
            firstDigit++;
        }
        int lastDigit = norm.length() - 1;
        while (lastDigit >= 0 && !Character.isDigit(norm.charAt(lastDigit))) {
            lastDigit--;
        }
        boolean digitsContiguous = lastDigit - firstDigit + 1 == piece.digits;
        int letters = norm.length() - piece.digits;
        boolean wordThenNumber = lastDigit == norm.length() - 1 && piece.digits <= 2 && letters >= 3;
        boolean numberThenWord = firstDigit == 0 && piece.digits <= 4 && letters >= 3;
        return digitsContiguous && (wordThenNumber || numberThenWord);
    }

    /**
     * Austrian card texts print the country and the card's slot between the amount and the date ({@code POS 12,40
     * AT K1 12.03. 18:22 BILLA ...}): both go.
     */
    private static boolean countryBeforeCardSlot(List<Piece> pieces, int k) {
        Piece country = k > 0 ? pieces.get(k - 1) : null;
        if (country == null || !country.norm.equals("AT") || k + 1 >= pieces.size()
                || !isCardSlot(pieces.get(k).norm) || !pieces.get(k + 1).isNumeric()) {
            return false;
        }
        country.dropped = true;
        return true;
    }

    /** Austrian card texts print the card's slot after the time, before the merchant ({@code 14:22 K1 ...}). */
    private static boolean isCardSlot(String mixed) {
        return mixed.length() == 2 && mixed.charAt(0) == 'K' && Character.isDigit(mixed.charAt(1));
    }

    /** {@code DEBETKAART NR 6703 XXXX 12}: the last digits of a masked card, however few, are not a name. */
    private static boolean followsMask(List<Piece> pieces, int k) {
        if (k == 0) {
            return false;
        }
        Piece previous = pieces.get(k - 1);
        return previous.type == Piece.Type.WORD && (isMaskWord(previous.norm)
                    || previous.norm.equals("X") && previous.dropped)
                || previous.type == Piece.Type.MIXED && previous.norm.endsWith("XX");
    }

    private static boolean isMaskWord(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != 'X') {
                return false;
            }
        }
        return true;
    }

    /** {@code 5PM}, {@code 1045AM}, {@code 05MAR}, {@code 12JAN24}. */
    private static boolean isTimeOrDay(String mixed) {
        int k = 0;
        while (k < mixed.length() && Character.isDigit(mixed.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 4) {
            return false;
        }
        int letters = k;
        while (letters < mixed.length() && !Character.isDigit(mixed.charAt(letters))) {
            letters++;
        }
        String word = mixed.substring(k, letters);
        boolean trailingDigitsOnly = true;
        for (int d = letters; d < mixed.length(); d++) {
            trailingDigitsOnly &= Character.isDigit(mixed.charAt(d));
        }
        boolean month = k <= 2 && (DescriptorVocabulary.classesOf(word) & MONTH) != 0;
        return trailingDigitsOnly && (word.equals("AM") || word.equals("PM") || month);
    }

    /** Dates, times, phones and amounts: numbers glued by {@code / . - : ,} ({@code 12/31}, {@code 866-579-7172}). */
    private static void dropNumericGroups(List<Piece> pieces) {
        int i = 0;
        while (i < pieces.size()) {
            int end = i + 1;
            if (pieces.get(i).isNumeric()) {
                while (end < pieces.size() && pieces.get(end).isNumeric() && pieces.get(end).glued()
                        && isNumberJoiner(pieces.get(end).sepBefore)) {
                    end++;
                }
                if (end - i >= 2) {
                    for (int k = i; k < end; k++) {
                        pieces.get(k).dropped = true;
                    }
                }
            }
            i = end;
        }
    }

    private static boolean isNumberJoiner(char c) {
        return c == '/' || c == '.' || c == '-' || c == ':' || c == ',';
    }

    /** {@code ON 12 MAR}, {@code MAR 12}, {@code 12:45 PM}, {@code TUE 5PM}. */
    private static void dropDatesAndTimes(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!piece.isWord()) {
                continue;
            }
            Piece previous = i > 0 ? pieces.get(i - 1) : null;
            Piece next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
            if (piece.is(MONTH)) {
                boolean dayBefore = previous != null && isDayNumber(previous);
                boolean dayAfter = next != null && isDayNumber(next);
                if (dayBefore || dayAfter) {
                    piece.dropped = true;
                    if (dayBefore) {
                        previous.dropped = true;
                        if (i >= 2 && pieces.get(i - 2).norm.equals("ON")) {
                            pieces.get(i - 2).dropped = true;
                        }
                    }
                    if (dayAfter) {
                        next.dropped = true;
                    }
                }
            } else if ((piece.norm.equals("AM") || piece.norm.equals("PM")) && previous != null && previous.dropped
                    && previous.isNumeric()) {
                piece.dropped = true;
            } else if (piece.is(WEEKDAY) && next != null && next.dropped && next.isNumeric()) {
                piece.dropped = true;
            } else if (TIME_WORDS.contains(piece.norm) && (next != null && next.dropped && next.isNumeric()
                    || previous != null && previous.dropped && previous.isNumeric())) {
                piece.dropped = true;
            }
        }
    }

    /**
     * A word banks print before a date after the name ({@code … CINCINNATI OH ON 031226}, {@code … Date 03/16/26});
     * it runs after the opening framing is gone, so {@code PURCHASE AUTHORIZED ON 03/14} is left to the framing.
     */
    private static void dropDateWords(List<Piece> pieces) {
        for (int i = 1; i + 1 < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!piece.dropped && piece.isWord() && DATE_WORDS.contains(piece.norm) && pieces.get(i + 1).dropped
                    && isDate(pieces, i + 1)) {
                piece.dropped = true;
            }
        }
    }

    /** A dropped number of six or eight digits ({@code 031226}) or the first of a dropped group ({@code 03/16/26}). */
    private static boolean isDate(List<Piece> pieces, int at) {
        Piece first = pieces.get(at);
        if (first.type != Piece.Type.NUMBER) {
            return false;
        }
        Piece second = at + 1 < pieces.size() ? pieces.get(at + 1) : null;
        return first.digits == 6 || first.digits == 8
                || second != null && second.dropped && second.isNumeric() && second.glued();
    }

    private static boolean isDayNumber(Piece piece) {
        return piece.type == Piece.Type.NUMBER && (piece.digits <= 2 || piece.digits == 4);
    }

    /** Key–value fields of ACH, SEPA and Dutch bank texts: {@code ID:}, {@code EREF:}, {@code /IBAN/}, {@code DES:}. */
    private static void applyLabels(List<Piece> pieces) {
        int i = 0;
        while (i < pieces.size()) {
            int labelLength = labelAt(pieces, i);
            if (labelLength == 0) {
                i++;
                continue;
            }
            DescriptorVocabulary.LabelAction action = LABELS.longestAt(pieces, i, pieces.size()).value();
            int valueStart = i + labelLength;
            boolean slashForm = !pieces.get(valueStart).colonBefore && !pieces.get(valueStart).plusBefore;
            for (int k = i; k < valueStart; k++) {
                pieces.get(k).dropped = true;
            }
            int valueEnd = valueStart;
            switch (action) {
                case KEEP_VALUE -> {
                    pieces.get(valueStart).entryDescription = isEntryDescription(pieces, i, labelLength);
                    // the field starts at its first kept piece: an order number opening it is already gone
                    // (REMI/M4123456 0412 KAASHANDEL …)
                    int first = valueStart;
                    while (first + 1 < pieces.size() && pieces.get(first).dropped && labelAt(pieces, first + 1) == 0) {
                        first++;
                    }
                    pieces.get(pieces.get(first).dropped ? valueStart : first).fieldStart = true;
                }
                case DROP_VALUE -> valueEnd = valueEnd(pieces, valueStart, slashForm);
                case DROP_UNTIL_LABEL -> {
                    while (valueEnd < pieces.size() && labelAt(pieces, valueEnd) == 0) {
                        valueEnd++;
                    }
                }
            }
            for (int k = valueStart; k < valueEnd; k++) {
                pieces.get(k).dropped = true;
            }
            i = Math.max(valueStart, valueEnd);
        }
    }

    /**
     * {@code DES:}, {@code TYPE:} and {@code CO ENTRY DESCR:} of US ACH texts say what the entry was for, not who
     * sent it.
     */
    private static boolean isEntryDescription(List<Piece> pieces, int label, int labelLength) {
        String first = pieces.get(label).norm;
        return labelLength == 1 ? first.equals("DES") || first.equals("TYPE")
                : labelLength == 3 && first.equals("CO") && pieces.get(label + 1).norm.equals("ENTRY");
    }

    /** The number of pieces of the field label starting at {@code i}, or 0 when no label starts there. */
    private static int labelAt(List<Piece> pieces, int i) {
        Piece first = pieces.get(i);
        if (!first.isWord() || !(first.spaceBefore || first.sepBefore != 0 || i == 0)) {
            return 0;
        }
        PhraseTable.Entry<DescriptorVocabulary.LabelAction> label = LABELS.longestAt(pieces, i, pieces.size());
        if (label == null) {
            return 0;
        }
        int after = i + label.length();
        if (after >= pieces.size()) {
            return 0;
        }
        Piece next = pieces.get(after);
        if (next.colonBefore || next.plusBefore || (bare(label) && chunkHoldsDigit(pieces, after))) {
            return label.length();
        }
        boolean slashForm = label.length() == 1 && SLASH_LABELS.contains(first.norm) && first.slashBefore
                && (i == 0 || !first.spaceBefore) && next.slashBefore && !next.spaceBefore;
        return slashForm ? 1 : 0;
    }

    private static boolean bare(PhraseTable.Entry<DescriptorVocabulary.LabelAction> label) {
        return DescriptorVocabulary.BARE_LABELS.contains(String.join(" ", label.words()));
    }

    private static boolean chunkHoldsDigit(List<Piece> pieces, int start) {
        int chunk = pieces.get(start).chunk;
        for (int k = start; k < pieces.size() && pieces.get(k).chunk == chunk; k++) {
            if (!pieces.get(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static int valueEnd(List<Piece> pieces, int valueStart, boolean slashForm) {
        if (valueStart >= pieces.size()) {
            return valueStart;
        }
        int chunk = pieces.get(valueStart).chunk;
        int end = valueStart + 1;
        while (end < pieces.size() && pieces.get(end).chunk == chunk
                && !(slashForm && pieces.get(end).slashBefore) && labelAt(pieces, end) == 0) {
            end++;
        }
        return end;
    }

    /** {@code STORE 0123}, {@code CARD XXXX1234}, {@code CARD ENDING IN 1234}: the word naming a dropped number. */
    private static void dropNumberLabels(List<Piece> pieces) {
        for (int i = 1; i < pieces.size(); i++) {
            Piece number = pieces.get(i);
            if (!number.dropped || number.type == Piece.Type.WORD || number.type == Piece.Type.AMPERSAND) {
                continue;
            }
            Piece previous = pieces.get(i - 1);
            // TARGET T-1942, WALGREENS W-0412: a letter hyphened to a store number is part of the number
            if (number.type == Piece.Type.NUMBER && number.sepBefore == '-' && number.glued()
                    && number.index == previous.index + 1 && previous.isWord() && previous.norm.length() == 1) {
                previous.dropped = true;
            }
            for (int k = i - 1; k >= 0; k--) {
                Piece word = pieces.get(k);
                boolean names = word.isWord() && (word.is(CARD_LABEL)
                        || (number.type == Piece.Type.NUMBER && word.is(NUMBER_LABEL))
                        || (word.norm.equals("IN") && k > 0 && pieces.get(k - 1).norm.equals("ENDING"))
                        // FROM CARD#: XXXX2291
                        || (word.norm.equals("FROM") && k + 1 < i && pieces.get(k + 1).is(CARD_LABEL)));
                if (!names) {
                    break;
                }
                word.dropped = true;
            }
        }
    }

    private static void dropNoiseWords(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!piece.isWord() || piece.dropped) {
                continue;
            }
            if (piece.is(NOISE)) {
                piece.dropped = true;
            } else if (piece.is(CURRENCY)
                    && ((i > 0 && pieces.get(i - 1).dropped && pieces.get(i - 1).isNumeric())
                        || (i + 1 < pieces.size() && pieces.get(i + 1).dropped && pieces.get(i + 1).isNumeric()))) {
                piece.dropped = true;
            } else if ((piece.norm.equals("COMISION") || piece.norm.equals("COMISSAO")) && zeroAfter(pieces, i)) {
                // Santander Spain closes each card entry with the fee it charged (… Comision 0,00): no fee at all
                for (int k = i; k < pieces.size() && (k == i || isZero(pieces.get(k))); k++) {
                    pieces.get(k).dropped = true;
                }
            }
        }
    }

    private static boolean zeroAfter(List<Piece> pieces, int word) {
        return word + 1 < pieces.size() && isZero(pieces.get(word + 1));
    }

    private static boolean isZero(Piece piece) {
        if (piece.type != Piece.Type.NUMBER) {
            return false;
        }
        for (int k = 0; k < piece.norm.length(); k++) {
            if (piece.norm.charAt(k) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code MOONGATE NOODLE BAR SEATTLE WA VISA}: aggregators (MX, Finicity) append the card network after the
     * state code; it goes, so that the code ends the text and the town before it is read as such.
     */
    private static void dropTrailingCardNetwork(List<Piece> pieces) {
        int last = pieces.size() - 1;
        while (last >= 0 && pieces.get(last).dropped) {
            last--;
        }
        int before = last - 1;
        while (before >= 0 && pieces.get(before).dropped) {
            before--;
        }
        if (before >= 0 && pieces.get(last).isWord()
                && DescriptorVocabulary.CARD_NETWORKS.contains(pieces.get(last).norm)
                && pieces.get(before).isWord() && pieces.get(before).is(LOCATION_CODE)) {
            pieces.get(last).dropped = true;
        }
    }

    /**
     * Web addresses: the one that opens the merchant text names the merchant ({@code NETFLIX.COM}), and so
     * does one right after a single opening word ({@code JUST EAT.CO.UK}); there only {@code WWW} goes and the
     * top-level domain is marked. Any other is a help or billing address ({@code HELP.UBER.COM},
     * {@code AMZN.COM/BILL}, {@code G.CO/HELPPAY}) and goes entirely.
     */
    private static void markDomains(List<Piece> pieces, int leadingChunk, boolean afterIntermediary) {
        int i = 0;
        while (i < pieces.size()) {
            int chunk = pieces.get(i).chunk;
            int end = chunkEnd(pieces, i);
            int tld = topLevelDomain(pieces, i, end);
            if (tld >= 0) {
                if (chunk == leadingChunk || (chunk == leadingChunk + 1 && !afterIntermediary
                        && continuesName(pieces, i, leadingChunk))) {
                    markTopLevelDomain(pieces, tld, end);
                    if (pieces.get(i).norm.equals("WWW") && i + 1 < end) {
                        pieces.get(i).dropped = true;
                    }
                } else {
                    for (int k = i; k < end; k++) {
                        pieces.get(k).dropped = true;
                    }
                }
            }
            i = end;
        }
    }

    /** The index after the last piece of the word group (chunk) that the piece at {@code from} belongs to. */
    private static int chunkEnd(List<Piece> pieces, int from) {
        int chunk = pieces.get(from).chunk;
        int end = from;
        while (end < pieces.size() && pieces.get(end).chunk == chunk) {
            end++;
        }
        return end;
    }

    /**
     * Marks the top-level domain of the merchant's own address for display to skip. Country domains go from
     * the matching form too ({@code AMAZON.CO.UK} matches as {@code AMAZON}): left in, a second normalization
     * would strip them as country codes. Generic ones stay ({@code SONIC.NET} is not {@code SONIC}).
     */
    private static void markTopLevelDomain(List<Piece> pieces, int tld, int end) {
        for (int k = tld; k < end && pieces.get(k).sepBefore == '.' && pieces.get(k).is(TOP_LEVEL_DOMAIN); k++) {
            Piece piece = pieces.get(k);
            Piece next = k + 1 < end ? pieces.get(k + 1) : null;
            piece.domainSuffix = true;
            piece.dropped = piece.is(LOCATION_CODE)
                    || (next != null && next.sepBefore == '.' && next.is(LOCATION_CODE) && next.is(TOP_LEVEL_DOMAIN));
        }
    }

    /**
     * After a processor's star the shop's own web address, cut to the descriptor's width, often follows its name
     * ({@code SP * WILLOWBROOK CANDLES WWW.WILLOWBRO GB}, {@code SP * KORNBLUME KERAMIK KORNBLUME-KER DE}): a later
     * word group that opens with {@code WWW}, or that spells the name's start again beyond its first word, goes.
     */
    private static void dropShopAddress(List<Piece> pieces, int nameChunk) {
        int nameFrom = -1;
        int k = 0;
        while (k < pieces.size()) {
            int chunk = pieces.get(k).chunk;
            int end = chunkEnd(pieces, k);
            int first = firstLive(pieces, k, end);
            if (chunk >= nameChunk && first >= 0) {
                if (nameFrom < 0) {
                    nameFrom = first;
                } else if (isShopAddress(pieces, first, end, nameFrom, k)) {
                    for (int d = k; d < end; d++) {
                        pieces.get(d).dropped = true;
                    }
                    return;
                }
            }
            k = end;
        }
    }

    private static int firstLive(List<Piece> pieces, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!pieces.get(k).dropped) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isShopAddress(List<Piece> pieces, int first, int end, int nameFrom, int nameTo) {
        Piece opening = pieces.get(first);
        if (!opening.isWord()) {
            return false;
        }
        if (opening.norm.equals("WWW")) {
            return true;
        }
        int firstWord = pieces.get(nameFrom).norm.length();
        int whole = spelledFromNameStart(pieces, first, end, nameFrom, nameTo);
        return opening.norm.length() >= 5
                && (whole > firstWord || spelledFromNameStart(pieces, first, first + 1, nameFrom, nameTo) > firstWord);
    }

    /**
     * How many letters the live pieces in {@code [from, to)} spell when, joined, they begin the joined live pieces
     * in {@code [nameFrom, nameTo)}; 0 when they do not. Walks both without building strings.
     */
    private static int spelledFromNameStart(List<Piece> pieces, int from, int to, int nameFrom, int nameTo) {
        int n = nameFrom;
        int nc = 0;
        int count = 0;
        for (int k = from; k < to; k++) {
            Piece piece = pieces.get(k);
            if (piece.dropped) {
                continue;
            }
            for (int c = 0; c < piece.norm.length(); c++) {
                while (n < nameTo && (pieces.get(n).dropped || nc == pieces.get(n).norm.length())) {
                    n++;
                    nc = 0;
                }
                if (n == nameTo || pieces.get(n).norm.charAt(nc) != piece.norm.charAt(c)) {
                    return 0;
                }
                nc++;
                count++;
            }
        }
        return count;
    }

    /** The web address starting at {@code first} follows a merchant text that is one plain word. */
    private static boolean continuesName(List<Piece> pieces, int first, int leadingChunk) {
        int liveInLeading = 0;
        for (Piece piece : pieces) {
            if (piece.chunk == leadingChunk && !piece.dropped) {
                liveInLeading++;
            }
        }
        Piece label = pieces.get(first);
        Piece previous = first > 0 ? pieces.get(first - 1) : null;
        return liveInLeading == 1 && previous != null && previous.isWord() && !previous.dropped
                && label.norm.length() >= 3 && !label.norm.equals("HELP") && !label.starBefore;
    }

    /** Index of the first top-level-domain piece of a web address in {@code [from, to)}, or -1. */
    private static int topLevelDomain(List<Piece> pieces, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Piece piece = pieces.get(k);
            if (piece.sepBefore != '.' || piece.spaceBefore || !piece.is(TOP_LEVEL_DOMAIN)) {
                continue;
            }
            if (k + 1 == to) {
                return k;
            }
            Piece next = pieces.get(k + 1);
            char sep = next.sepBefore;
            if (sep == '/' || sep == '*' || sep == '#' || sep == '\\'
                    || (sep == '.' && next.is(TOP_LEVEL_DOMAIN))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * US billers' ACH names are cut to 16 characters ({@code CITY OF SACRAMEN UTILITIES}): the word after {@code
     * CITY OF} and its kin that begins exactly one known town is that town, for matching and for the name.
     */
    private static void completeCutTown(List<Piece> kept) {
        for (int k = 2; k < kept.size(); k++) {
            Piece piece = kept.get(k);
            if (kept.get(k - 1).norm.equals("OF") && DescriptorVocabulary.MUNICIPAL_WORDS.contains(kept.get(k - 2).norm)
                    && piece.type == Piece.Type.WORD && !DescriptorVocabulary.PLACES.contains(piece.norm)) {
                String town = DescriptorVocabulary.onlyTownStartingWith(piece.norm);
                if (town != null) {
                    piece.norm = town;
                    piece.townCompleted = true;
                }
                return;
            }
        }
    }

    /**
     * {@code … LEEDS GB Contactless}, {@code … Direct debit}: the kind of entry an export's own column adds after
     * the counterparty, written in lower case unlike the bank's text, is set aside, so that the town before it can go;
     * it comes back after the place is taken off.
     */
    private static List<Piece> trailingEntryType(String raw, List<Piece> kept) {
        int size = kept.size();
        for (int start = Math.max(1, size - 3); start < size; start++) {
            PhraseTable.Entry<Boolean> type = DescriptorVocabulary.TRAILING_ENTRY_TYPES.longestAt(kept, start, size);
            if (type != null && start + type.words().length == size
                    && Character.isLowerCase(raw.charAt(kept.get(size - 1).rawEnd - 1))) {
                List<Piece> setAside = new ArrayList<>(kept.subList(start, size));
                for (int k = size - 1; k >= start; k--) {
                    kept.remove(k).dropped = true;
                }
                return setAside;
            }
        }
        return List.of();
    }

    /**
     * Trailing US state, province and country codes, then at most one known town when there is evidence that
     * it is a location (a code or a dropped number next to it), then codes again. Stripping one town at most
     * keeps normalization idempotent: a second pass finds no such evidence.
     */
    /** Returns whether a town was removed. */
    private static boolean stripTrailingPlace(List<Piece> pieces, List<Piece> kept) {
        boolean codeStripped = stripCodes(kept);
        if (kept.size() < 2 || !kept.get(kept.size() - 1).is(PLACE_END)) {
            return false;
        }
        for (int length = Math.min(LONGEST_PLACE, kept.size() - 1); length >= 1; length--) {
            int first = kept.size() - length;
            if (!PLACES.contains(join(kept, first, kept.size()))
                    || kept.get(first - 1).guardsPlace()) {
                continue;
            }
            if (codeStripped || droppedBetween(pieces, kept.get(first - 1), kept.get(first))
                    || droppedAfter(pieces, kept.get(kept.size() - 1))) {
                Piece town = kept.get(first);
                for (int k = kept.size() - 1; k >= first; k--) {
                    kept.remove(k).dropped = true;
                }
                Piece quarter = kept.get(kept.size() - 1);
                // a quarter is printed right before its town; a store number between them (TACOS WEST 0412
                // DENVER CO) leaves the word to the name
                if (kept.size() > 2 && quarter.isWord() && DescriptorVocabulary.TOWN_QUARTERS.contains(quarter.norm)
                        && !kept.get(kept.size() - 2).guardsPlace() && !droppedBetween(pieces, quarter, town)) {
                    kept.remove(kept.size() - 1).dropped = true;
                }
                // before a town, CO is the end of a trading name (CORONADO BREWING CO SAN DIEGO CA), not Colorado
                if (!kept.get(kept.size() - 1).norm.equals("CO")) {
                    stripCodes(kept);
                }
                return true;
            }
            return false;
        }
        return false;
    }

    private static boolean stripCodes(List<Piece> kept) {
        boolean stripped = false;
        while (kept.size() > 1) {
            Piece last = kept.get(kept.size() - 1);
            Piece before = kept.get(kept.size() - 2);
            boolean secCode = last.is(SEC_CODE);
            boolean location = last.is(LOCATION_CODE)
                    && before.type != Piece.Type.AMPERSAND && !(last.norm.equals("US") && before.norm.equals("R"))
                    && !gluedIntoName(before, last) && !afterInitial(before, last)
                    && !before.guardsPlace();
            if (!secCode && !location) {
                return stripped;
            }
            kept.remove(kept.size() - 1).dropped = true;
            stripped |= location;
        }
        return stripped;
    }

    /**
     * A code right after a lone letter belongs to it ({@code E ON}, {@code M AB}): it is how a name glued with
     * a hyphen or dot ({@code E.ON}, {@code M-AB}) reads once normalized, so keeping it makes a second pass
     * change nothing.
     */
    private static boolean afterInitial(Piece before, Piece code) {
        return code.index == before.index + 1 && before.norm.length() == 1 && Character.isLetter(before.norm.charAt(0));
    }

    /** {@code E.ON}, {@code AT&T}, {@code CO-OP}: a code written glued to the word before it is part of a name. */
    private static boolean gluedIntoName(Piece before, Piece code) {
        return code.glued() && code.index == before.index + 1
                && (code.sepBefore == '.' || code.sepBefore == '-' || code.sepBefore == '&');
    }

    private static boolean droppedBetween(List<Piece> pieces, Piece left, Piece right) {
        for (int k = left.index + 1; k < right.index; k++) {
            if (pieces.get(k).dropped) {
                return true;
            }
        }
        return false;
    }

    private static boolean droppedAfter(List<Piece> pieces, Piece last) {
        return last.index < pieces.size() - 1;
    }

    private static String join(List<Piece> kept, int from, int to) {
        if (to - from == 1) {
            return kept.get(from).norm;
        }
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                joined.append(' ');
            }
            joined.append(kept.get(k).norm);
        }
        return joined.toString();
    }
}
