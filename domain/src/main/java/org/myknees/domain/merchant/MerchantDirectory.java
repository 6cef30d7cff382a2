package org.myknees.domain.merchant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.csv.CsvLine;

/**
 * Known merchants, billers and bank texts of the US, the UK and the euro area, each with its taxonomy
 * category, recognised in raw or normalized descriptors.
 *
 * <p>The data is a CSV file with the header {@code kind,name,detailed,countries,aliases}: {@code kind} is
 * {@code merchant}, {@code bank_operation}, {@code generic_term} or {@code payment_channel} ({@link DescriptorKind}),
 * {@code detailed} a detailed taxonomy code, {@code countries} ISO codes separated by {@code |}, and
 * {@code aliases} descriptor fragments separated by {@code |}, written as banks print them and normalized
 * with {@link DescriptorNormalizer} when loaded. An alias written {@code =UNITED} counts only when it is
 * the whole normalized descriptor, for names that are too common to match inside other text; one written
 * {@code ~THE GEORGE} counts only when no other alias occurs ({@code THE GEORGE HOTEL} is lodging). Lines
 * starting with {@code #} are comments. No two entries may share an alias.
 *
 * <p>All aliases are compiled into one word-level automaton, so a lookup is one normalization plus one
 * pass over the descriptor's words. When a processor or platform prefix was removed ({@code SQ *},
 * {@code PAYPAL *}, {@code GOOGLE *}) the merchant after it is looked up; only a platform that sells
 * itself ({@code GOOGLE *}, {@code DD *}) is then looked up when that merchant is unknown. Build one
 * directory and share it: it is immutable and thread-safe. When no alias occurs, a one-word trade word that
 * ends a compound word ({@code LANDBAECKEREI}) still places the descriptor.
 */
public final class MerchantDirectory {

    /** Classpath resource of the built-in data, beside this class. */
    public static final String BUILT_IN_RESOURCE = "merchants.csv";
    private static final String HEADER = "kind,name,detailed,countries,aliases";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int MIN_COMPOUND_ENDING = 5;
    /**
     * Trade words that end English place names rather than compounds: a suburb the town list lacks ({@code
     * HILLSBOROUGH HOT WOK}) is no borough council.
     */
    private static final Set<String> PLACE_NAME_ENDINGS = Set.of("BOROUGH");
    private static final int MIN_COMPOUND_HEAD = 3;
    /** An alias of at least this many characters names its merchant wherever it stands. */
    private static final int DISTINCTIVE_ALIAS = 15;
    private static final int MAX_PERSON_NAME_WORDS = 3;
    /** A cut last word needs this many letters on its own, fewer after whole words of the same alias. */
    private static final int MIN_CUT_WORD = 4;
    private static final int MIN_CUT_WORD_IN_PHRASE = 2;
    private static final int MAX_CUT_PHRASE_WORDS = 3;

    /** Particles that join a trade word to a shop's own name ({@code PHARMACIE DE LA HALLE}, {@code BAR DEL MAR}). */
    private static final Set<String> TRADE_PARTICLES = Set.of("DE", "DU", "DES", "LA", "LE", "LES", "DEL", "DELLA",
            "DI", "DA", "VAN", "ZUM", "ZUR", "AM");
    /** The category of instalment and point-of-sale finance services (Klarna, Riverty, Afterpay, Oney, …). */
    private static final String INSTALMENTS = "LOAN_PAYMENTS_OTHER_PAYMENT";
    /** Categories of brands that carry payments between people ({@code TIKKIE … PIZZA} is no pizzeria). */
    private static final Set<String> PAYMENT_APPS = Set.of("TRANSFER_OUT_ACCOUNT_TRANSFER",
            "TRANSFER_IN_ACCOUNT_TRANSFER");
    /**
     * Delivery and shopping platforms that print the restaurant or shop after their own name ({@code
     * GRUBHUB*SALADWORKS}, {@code INSTACART*WEGMANS}): the platform is the payee, whatever it delivered.
     */
    private static final Set<String> DELIVERY_PLATFORMS = Set.of("DOORDASH", "GRUBHUB", "POSTMATES", "SEAMLESS",
            "SEAMLSS", "INSTACART", "CAVIAR", "GOPUFF", "SHIPT");

    /**
     * Sectors of shops and services a local business is named after a person or place in; a bill's word ({@code
     * WATER}, {@code TAX}) after a brand is a branch's street or a pub's name ({@code THE MOON UNDER WATER}).
     */
    private static final Set<String> LOCAL_TRADES = Set.of("FOOD_AND_DRINK", "GENERAL_MERCHANDISE", "PERSONAL_CARE",
            "MEDICAL", "HOME_IMPROVEMENT", "GENERAL_SERVICES", "ENTERTAINMENT");

    private static final String RENT = "RENT_AND_UTILITIES_RENT";
    private static final String TAX_PAYMENT = "GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT";
    /** Words in the names of the local bodies that levy a local tax and also sell services paid the same way. */
    private static final List<String> LOCAL_BODY_WORDS = List.of("Council", "County", "Borough", "City of");
    /** What else a local body is paid for besides its tax: bins and water, rent, parking, permits. */
    private static final Set<String> LOCAL_SERVICES = Set.of("RENT_AND_UTILITIES", "TRANSPORTATION",
            "GOVERNMENT_AND_NON_PROFIT");
    /** Legal forms that mark a payee as a firm ({@link #paidToCompany}). */
    private static final Set<String> PAYEE_LEGAL_FORMS = Set.of("LLC", "PLLC", "INC", "LTD", "LIMITED", "CORP",
            "GMBH", "BV", "SARL", "SL", "SRL");
    /** Titles printed before a person's name ({@code MRS K HARGREAVES}, {@code DOTT ROSSI}). */
    private static final Set<String> PERSONAL_TITLES = Set.of("MR", "MRS", "MS", "MISS", "MX", "DR", "HERR", "FRAU",
            "MME", "MLLE", "MEVR", "DHR", "SIG", "SIGRA", "DOTT", "DOTTSSA", "PROF");
    private static final int LONGEST_TITLE = 7;

    private static final Set<String> UTILITY_WORDS = Set.of("UTIL", "UTILS", "UTILITY", "UTILITIES");
    private static final Set<String> MUNICIPAL_WORDS = Set.of("CITY", "TOWN", "COUNTY", "VILLAGE", "TOWNSHIP",
            "BOROUGH", "MUNICIPAL");

    private final DescriptorNormalizer normalizer = new DescriptorNormalizer();
    private final List<MerchantEntry> entries;
    private final MerchantMatch[] matchByAlias;
    private final AliasAutomaton automaton;
    /** Aliases written {@code ~ALIAS}, read only when no other alias occurs ({@code ~THE GEORGE}, not the hotel). */
    private final MerchantMatch[] lastResortByAlias;
    private final AliasAutomaton lastResortAutomaton;
    /** One-word trade words ({@code BAECKEREI}, {@code APOTHEKE}) that also end compound words. */
    private final Map<String, MerchantMatch> compoundEndings = new HashMap<>();
    /** The entries that {@link #byOpening} stands for, found by one of their aliases; absent in a custom directory. */
    private final MerchantMatch transferOut;
    private final MerchantMatch transferIn;
    private final MerchantMatch pub;
    private final MerchantMatch waterUtility;
    /** The trades {@link DescriptorVocabulary#NAME_OPENINGS} stand for, by opening. */
    private final Map<String, MerchantMatch> byNameOpening = new HashMap<>();
    /** Trade words and merchants' aliases of several words, sorted, to complete a last word the bank cut. */
    private final TreeMap<String, MerchantMatch> completable = new TreeMap<>();
    /** Every word of every alias: such a word is whole, not cut ({@code FOODS} is no cut {@code FOODSTORE}). */
    private final Set<String> aliasWords = new HashSet<>();

    private MerchantDirectory(Aliases aliases) {
        this.entries = List.copyOf(aliases.entries);
        this.matchByAlias = aliases.matches.toArray(MerchantMatch[]::new);
        for (int i = 0; i < matchByAlias.length; i++) {
            String form = aliases.forms.get(i);
            if (matchByAlias[i].kind() == DescriptorKind.GENERIC_TERM && !aliases.wholeTextOnly.get(i)
                    && form.length() >= MIN_COMPOUND_ENDING && !PLACE_NAME_ENDINGS.contains(form)) {
                // a trade of two words also ends a web shop's name run together (PAYPAL *CHESILSURFCLUB)
                compoundEndings.putIfAbsent(form.replace(" ", ""), matchByAlias[i]);
            }
            aliasWords.addAll(Arrays.asList(form.split(" ")));
            DescriptorKind kind = matchByAlias[i].kind();
            if (!aliases.wholeTextOnly.get(i) && (kind == DescriptorKind.GENERIC_TERM
                    || kind == DescriptorKind.MERCHANT && form.indexOf(' ') > 0)) {
                completable.put(form, matchByAlias[i]);
            }
        }
        this.transferOut = aliasMatch(aliases, "TRANSFER TO");
        this.transferIn = aliasMatch(aliases, "TRANSFER FROM");
        this.pub = aliasMatch(aliases, "PUB");
        this.waterUtility = aliasMatch(aliases, "WATER UTILITY");
        DescriptorVocabulary.NAME_OPENINGS.forEach((opening, trade) -> {
            MerchantMatch match = aliasMatch(aliases, trade);
            if (match != null) {
                byNameOpening.put(opening, match);
            }
        });
        int[] rank = aliases.matches.stream().mapToInt(m -> m.kind().ordinal()).toArray();
        boolean[] whole = new boolean[aliases.wholeTextOnly.size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = aliases.wholeTextOnly.get(i);
        }
        this.automaton = new AliasAutomaton(aliases.forms, rank, whole, DescriptorKind.MERCHANT.ordinal(),
                DescriptorKind.GENERIC_TERM.ordinal());
        this.lastResortByAlias = aliases.lastResortMatches.toArray(MerchantMatch[]::new);
        this.lastResortAutomaton = new AliasAutomaton(aliases.lastResortForms,
                aliases.lastResortMatches.stream().mapToInt(m -> m.kind().ordinal()).toArray(),
                new boolean[lastResortByAlias.length], DescriptorKind.MERCHANT.ordinal(),
                DescriptorKind.GENERIC_TERM.ordinal());
    }

    private static MerchantMatch aliasMatch(Aliases aliases, String form) {
        int i = aliases.forms.indexOf(form);
        return i < 0 ? null : aliases.matches.get(i);
    }

    /** The directory shipped with MyKnees, its codes checked against the given taxonomy. */
    public static MerchantDirectory builtIn(PrimaryCategoryLookup taxonomy) {
        try (InputStream in = MerchantDirectory.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource org/myknees/domain/merchant/" + BUILT_IN_RESOURCE
                        + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN_RESOURCE, taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILT_IN_RESOURCE, e);
        }
    }

    /**
     * Reads directory data in the format above.
     *
     * @param source name of the data used in error messages
     * @throws InvalidMerchantDirectoryException when a line breaks the format, names a code the taxonomy
     *                                           does not have, or reuses another entry's alias
     */
    public static MerchantDirectory read(Reader reader, String source, PrimaryCategoryLookup taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Aliases aliases = new Aliases(source);
        try {
            BufferedReader lines = new BufferedReader(reader);
            String header = lines.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
                throw new InvalidMerchantDirectoryException(source, 1, "", "the header must be '" + HEADER + "'");
            }
            int lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    aliases.add(parseEntry(line, source, lineNumber, taxonomy), lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        aliases.addEnglishPlurals();
        aliases.addCountyShortForms();
        aliases.addFormsBeforeStoreNumbers();
        return new MerchantDirectory(aliases);
    }

    /** How banks shorten {@code COUNTY} inside a name. */
    private static final List<String> COUNTY_SHORT_FORMS = List.of("CO", "CNTY");

    /** Trade words shorter than this ({@code BAR}, {@code INN}) are too short to be sure of as plurals. */
    private static final int MIN_PLURAL_STEM = 4;

    /** Every entry's aliases in matching form, checked for clashes, in the order of the data. */
    private static final class Aliases {

        private final String source;
        private final DescriptorNormalizer normalizer = new DescriptorNormalizer();
        private final List<MerchantEntry> entries = new ArrayList<>();
        private final List<String> forms = new ArrayList<>();
        private final List<Boolean> wholeTextOnly = new ArrayList<>();
        private final List<MerchantMatch> matches = new ArrayList<>();
        private final List<MerchantEntry> entryOfForm = new ArrayList<>();
        private final List<String> lastResortForms = new ArrayList<>();
        private final List<MerchantMatch> lastResortMatches = new ArrayList<>();
        private final Map<String, Integer> lineByForm = new HashMap<>();

        Aliases(String source) {
            this.source = source;
        }

        void add(MerchantEntry entry, int line) {
            entries.add(entry);
            Map<String, Boolean> entryForms = new LinkedHashMap<>();
            Set<String> lastResort = new HashSet<>();
            for (String alias : entry.aliases()) {
                boolean whole = alias.startsWith("=");
                boolean weak = alias.startsWith("~");
                String form = matchingForm(normalizer, whole || weak ? alias.substring(1) : alias, source, line);
                if (weak) {
                    lastResort.add(form);
                }
                if (form.isEmpty()) {
                    throw new InvalidMerchantDirectoryException(source, line, "aliases",
                            "alias '" + alias + "' is nothing but noise once normalized");
                }
                entryForms.merge(form, whole, Boolean::logicalAnd);
            }
            entryForms.forEach((form, whole) -> {
                Integer earlier = lineByForm.putIfAbsent(form, line);
                if (earlier != null) {
                    throw new InvalidMerchantDirectoryException(source, line, "aliases",
                            "alias '" + form + "' is already used on line " + earlier);
                }
                if (lastResort.contains(form)) {
                    lastResortForms.add(form);
                    lastResortMatches.add(MerchantMatch.of(entry, form));
                    return;
                }
                forms.add(form);
                wholeTextOnly.add(whole);
                matches.add(MerchantMatch.of(entry, form));
                entryOfForm.add(entry);
            });
        }

        /**
         * English trade words come in the plural as often as not ({@code ATTORNEYS}, {@code BUTCHERS},
         * {@code NAILS}, {@code BAKERIES}): each trade word of an English-speaking country also matches its
         * plural unless another entry already uses that form.
         */
        void addEnglishPlurals() {
            int count = forms.size();
            for (int i = 0; i < count; i++) {
                MerchantEntry entry = entryOfForm.get(i);
                String form = forms.get(i);
                if (entry.kind() != DescriptorKind.GENERIC_TERM || wholeTextOnly.get(i)
                        || form.length() < MIN_PLURAL_STEM || !Character.isLetter(form.charAt(form.length() - 1))
                        || !(entry.countries().contains("US") || entry.countries().contains("GB"))) {
                    continue;
                }
                String plural = plural(form);
                if (plural != null && lineByForm.putIfAbsent(plural, -1) == null) {
                    forms.add(plural);
                    wholeTextOnly.add(false);
                    matches.add(MerchantMatch.of(entry, plural));
                    entryOfForm.add(entry);
                }
            }
        }

        /**
         * US utilities and public bodies named after their county are printed with the word cut to fit the field
         * ({@code SNOHOMISH CO PUD}, {@code GWINNETT CNTY WATER}): each name with {@code COUNTY} inside also matches
         * those short forms unless another entry already uses them.
         */
        void addCountyShortForms() {
            int count = forms.size();
            for (int i = 0; i < count; i++) {
                String form = forms.get(i);
                int at = form.indexOf(" COUNTY ");
                if (entryOfForm.get(i).kind() != DescriptorKind.MERCHANT || at < 0) {
                    continue;
                }
                for (String shortWord : COUNTY_SHORT_FORMS) {
                    String shortForm = form.substring(0, at + 1) + shortWord + form.substring(at + " COUNTY".length());
                    if (lineByForm.putIfAbsent(shortForm, -1) == null) {
                        forms.add(shortForm);
                        wholeTextOnly.add(wholeTextOnly.get(i));
                        matches.add(MerchantMatch.of(entryOfForm.get(i), shortForm));
                        entryOfForm.add(entryOfForm.get(i));
                    }
                }
            }
        }

        /**
         * A card text reads {@code THE CONTAINER STORE 0041}, and the store number takes its label with it when
         * the text is normalized ({@code THE CONTAINER}): a merchant's alias of three words or more that ends in
         * such a label ({@code STORE}) also matches without it unless another entry already uses that form. Two
         * words at least stay, so {@code CONTAINER STORE} never becomes {@code CONTAINER}.
         */
        void addFormsBeforeStoreNumbers() {
            int count = forms.size();
            for (int i = 0; i < count; i++) {
                String form = forms.get(i);
                int last = form.lastIndexOf(' ');
                if (entryOfForm.get(i).kind() != DescriptorKind.MERCHANT || wholeTextOnly.get(i) || last < 0
                        || form.indexOf(' ') == last
                        || !DescriptorVocabulary.NUMBER_LABELS.contains(form.substring(last + 1))) {
                    continue;
                }
                String shortForm = form.substring(0, last);
                if (lineByForm.putIfAbsent(shortForm, -1) == null) {
                    forms.add(shortForm);
                    wholeTextOnly.add(false);
                    matches.add(MerchantMatch.of(entryOfForm.get(i), shortForm));
                    entryOfForm.add(entryOfForm.get(i));
                }
            }
        }

        private static String plural(String form) {
            char last = form.charAt(form.length() - 1);
            if (last == 'S' || last == 'X' || last == 'Z' || form.endsWith("CH") || form.endsWith("SH")) {
                return null;
            }
            char before = form.charAt(form.length() - 2);
            if (last == 'Y' && "AEIOU".indexOf(before) < 0) {
                return form.substring(0, form.length() - 1) + "IES";
            }
            return form + "S";
        }
    }

    /**
     * An alias written with a selling platform's prefix ({@code GOOGLE *FI}) keeps the platform's name; one
     * written with a card processor's prefix ({@code SQ *BLUE BOTTLE}) is refused, since the prefix never
     * reaches matching and the rest alone may be far too general.
     */
    private static String matchingForm(DescriptorNormalizer normalizer, String alias, String source, int line) {
        NormalizedDescriptor form = normalizer.parse(alias);
        if (form.hasIntermediary() && !form.intermediarySells()) {
            throw new InvalidMerchantDirectoryException(source, line, "aliases", "alias '" + alias
                    + "' starts with the prefix of the card processor " + form.intermediary()
                    + "; write the merchant's own name");
        }
        return form.intermediarySells() ? form.intermediary() + " " + form.text() : form.text();
    }

    private static MerchantEntry parseEntry(String line, String source, int lineNumber,
            PrimaryCategoryLookup taxonomy) {
        List<String> fields;
        try {
            fields = CsvLine.split(line);
        } catch (IllegalArgumentException e) {
            throw new InvalidMerchantDirectoryException(source, lineNumber, "", e.getMessage());
        }
        if (fields.size() != 5) {
            throw new InvalidMerchantDirectoryException(source, lineNumber, "",
                    "expected 5 fields (" + HEADER + ") but found " + fields.size());
        }
        DescriptorKind kind;
        try {
            kind = DescriptorKind.valueOf(fields.get(0).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidMerchantDirectoryException(source, lineNumber, "kind",
                    "'" + fields.get(0) + "' is not merchant, bank_operation, generic_term or payment_channel");
        }
        String name = fields.get(1).strip();
        if (name.isEmpty()) {
            throw new InvalidMerchantDirectoryException(source, lineNumber, "name", "the name is empty");
        }
        CategoryKey detailed;
        try {
            detailed = CategoryKey.taxonomy(fields.get(2).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidMerchantDirectoryException(source, lineNumber, "detailed", e.getMessage());
        }
        CategoryKey primary = taxonomy.primaryOf(detailed).orElseThrow(() -> new InvalidMerchantDirectoryException(
                source, lineNumber, "detailed", "'" + detailed + "' is not a detailed code of the taxonomy"));
        List<String> countries = splitList(fields.get(3));
        for (String country : countries) {
            if (!COUNTRY.matcher(country).matches()) {
                throw new InvalidMerchantDirectoryException(source, lineNumber, "countries",
                        "'" + country + "' is not an ISO 3166 alpha-2 country code");
            }
        }
        List<String> aliases = splitList(fields.get(4));
        if (aliases.isEmpty()) {
            throw new InvalidMerchantDirectoryException(source, lineNumber, "aliases", "there is no alias");
        }
        return new MerchantEntry(kind, name, detailed, primary, countries, aliases);
    }

    private static List<String> splitList(String field) {
        List<String> items = new ArrayList<>();
        for (String item : field.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /**
     * The best entry for a raw or already normalized descriptor, or empty when none of its aliases occurs
     * in it. Raw text gives better results: the processor prefix is only known from raw text.
     */
    public Optional<MerchantMatch> match(String rawOrNormalized) {
        NormalizedDescriptor descriptor = normalizer.parse(rawOrNormalized);
        AliasAutomaton.Best best = brandBeforeTown(rawOrNormalized, descriptor.text(), automaton.best(descriptor.text()));
        boolean ownText = true;
        if (best.alias() < 0 && descriptor.intermediarySells()) {
            best = automaton.best(descriptor.intermediary() + " " + descriptor.text());
            ownText = false;
        }
        if (best.alias() < 0) {
            return compoundEnding(descriptor.text()).or(() -> lastResort(descriptor.text()))
                    .or(() -> byOpening(descriptor.text()));
        }
        MerchantMatch match = matchByAlias[best.alias()];
        if (best.genericAlias() >= 0 && localBodysService(match, matchByAlias[best.genericAlias()])) {
            // BRISTOL CITY COUNCIL GARDEN WASTE: the council is paid for its bins, not its tax
            return Optional.of(matchByAlias[best.genericAlias()].withCounterparty(match.name()));
        }
        if (ownText && match.kind() == DescriptorKind.MERCHANT && pub != null && descriptor.text().startsWith("THE ")
                && pubSign(descriptor.text().split(" "))) {
            // THE THREE HORSESHOES and THE BLACK HORSE are pubs, not the mobile network and the car lender
            return Optional.of(pub);
        }
        if (match.kind() == DescriptorKind.PAYMENT_CHANNEL) {
            // a local trade a compound ends in says more than the channel (DAUERAUFTRAG KINDERTANZSCHULE …); a bill's
            // word is no such ending (FERNWATER CONSULTING LTD FPI pays no water bill)
            Optional<MerchantMatch> compound = compoundEnding(descriptor.text())
                    .filter(trade -> LOCAL_TRADES.contains(trade.primary().value()));
            if (compound.isPresent()) {
                return compound;
            }
            if (namesShopAfterChannel(descriptor.text())) {
                return Optional.empty();
            }
        }
        if (ownText && match.kind() == DescriptorKind.MERCHANT && INSTALMENTS.equals(match.detailed().value())) {
            Optional<MerchantMatch> shop = shopAfterInstalmentService(descriptor.text(), best.start(), match);
            if (shop.isPresent()) {
                return shop;
            }
        }
        if (match.kind() == DescriptorKind.BANK_OPERATION && PAYMENT_APPS.contains(match.detailed().value())
                && best.genericAlias() >= 0 && paidToCompany(descriptor.text(), matchByAlias[best.genericAlias()])) {
            return Optional.of(matchByAlias[best.genericAlias()]);
        }
        if (ownText && match.kind() == DescriptorKind.MERCHANT && match.alias().length() < DISTINCTIVE_ALIAS
                && afterPersonalTitle(descriptor.text(), best.start())) {
            // MR J HARGREAVES is a person: what the payment was for places it, else it is a transfer to her
            return Optional.ofNullable(best.genericAlias() >= 0 ? matchByAlias[best.genericAlias()] : transferOut);
        }
        if (ownText && match.kind() == DescriptorKind.MERCHANT && best.start() > 0) {
            int space = descriptor.text().indexOf(' ');
            String first = space < 0 ? descriptor.text() : descriptor.text().substring(0, space);
            AliasAutomaton.Best platform = DELIVERY_PLATFORMS.contains(first) ? automaton.best(first) : null;
            if (platform != null && platform.alias() >= 0) {
                return Optional.of(matchByAlias[platform.alias()]);
            }
        }
        AliasAutomaton.Best local = ownText && match.kind() == DescriptorKind.MERCHANT
                ? afterLeadingChannel(descriptor.text(), best, match) : best;
        if (ownText && match.kind() == DescriptorKind.MERCHANT && partOfLocalName(local, match)) {
            if (afterPayeeOpening(descriptor.text(), best.start())) {
                // Payment to Tesco names the brand; To Marta Lindqvist is a person whose first name is also a brand
                if (endsTextOrPlace(descriptor.text(), match.alias())) {
                    return Optional.of(match);
                }
                Optional<MerchantMatch> person = byOpening(descriptor.text());
                if (person.isPresent()) {
                    return person;
                }
            }
            return Optional.of(local.genericAlias() >= 0 ? matchByAlias[local.genericAlias()] : match.asTrade());
        }
        if (ownText && match.kind() == DescriptorKind.MERCHANT && best.genericAlias() >= 0
                && namesTheTradesShop(descriptor.text(), match, matchByAlias[best.genericAlias()])) {
            return Optional.of(matchByAlias[best.genericAlias()]);
        }
        MerchantMatch tradeBefore = ownText && match.kind() == DescriptorKind.MERCHANT
                ? tradeBeforeParticle(descriptor.text(), best, match) : null;
        if (tradeBefore != null) {
            return Optional.of(tradeBefore);
        }
        if (ownText && match.kind() == DescriptorKind.MERCHANT && best.genericAlias() >= 0
                && opensLocalName(best, match, matchByAlias[best.genericAlias()])) {
            return Optional.of(matchByAlias[best.genericAlias()]);
        }
        if (match.kind() == DescriptorKind.MERCHANT || best.merchantAlias() < 0) {
            return Optional.of(match);
        }
        return Optional.of(match.withCounterparty(matchByAlias[best.merchantAlias()].name()));
    }

    /** A council's or county's tax entry with the word of another of its services in the same text. */
    private static boolean localBodysService(MerchantMatch match, MerchantMatch service) {
        return match.kind() == DescriptorKind.MERCHANT && TAX_PAYMENT.equals(match.detailed().value())
                && !TAX_PAYMENT.equals(service.detailed().value())
                && LOCAL_SERVICES.contains(service.primary().value())
                && LOCAL_BODY_WORDS.stream().anyMatch(word -> match.name().contains(word));
    }

    /**
     * A payment app's text names a company as payee ({@code ZELLE PAYMENT TO HERNANDEZ ROOFING LLC}): a payment to a
     * firm is no payment between people, so a local trade's word in the text places it. Without a legal form the
     * trade word may be what friends paid each other for ({@code TIKKIE … PIZZA}).
     */
    private static boolean paidToCompany(String text, MerchantMatch trade) {
        // a letting or property management firm paid through the app is the rent (… PROPERTY MGMT LLC)
        if (!LOCAL_TRADES.contains(trade.primary().value()) && !RENT.equals(trade.detailed().value())) {
            return false;
        }
        for (String word : text.split(" ")) {
            if (PAYEE_LEGAL_FORMS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A one-word brand right after a local trade's word of another sector is that shop's own name ({@code
     * SCHLUESSELDIENST NETTO} is a locksmith, not the discounter), and a brand that is a personal title is the
     * title of the person a practice is named after ({@code CENTRO DENTISTICO DOTT ROSSI}).
     */
    private static boolean namesTheTradesShop(String text, MerchantMatch brand, MerchantMatch trade) {
        String alias = brand.alias();
        if (alias.indexOf(' ') >= 0 || alias.length() >= DISTINCTIVE_ALIAS
                || !LOCAL_TRADES.contains(trade.primary().value()) || trade.primary().equals(brand.primary())
                || PAYMENT_APPS.contains(brand.detailed().value())) {
            return false;
        }
        if (PERSONAL_TITLES.contains(alias)) {
            return true;
        }
        int at = text.indexOf(trade.alias());
        int end = at + trade.alias().length();
        return at >= 0 && text.startsWith(alias, end + 1) && text.charAt(end) == ' '
                && (end + 1 + alias.length() == text.length() || text.charAt(end + 1 + alias.length()) == ' ');
    }

    /** Whether a personal title, and at most one initial, comes right before the word the alias starts at. */
    private static boolean afterPersonalTitle(String text, int aliasWord) {
        if (aliasWord == 0) {
            return false;
        }
        int aliasStart = 0;
        for (int word = 0; word < aliasWord; word++) {
            aliasStart = text.indexOf(' ', aliasStart) + 1;
        }
        int end = aliasStart - 1;
        int start = text.lastIndexOf(' ', end - 1) + 1;
        if (end - start == 1 && start > 0) {
            // an initial between the title and the surname (MR J HARGREAVES)
            end = start - 1;
            start = text.lastIndexOf(' ', end - 1) + 1;
        }
        return end - start <= LONGEST_TITLE && PERSONAL_TITLES.contains(text.substring(start, end));
    }

    /**
     * PayPal's direct debits name the shop paid after {@code IHR EINKAUF BEI} or {@code UW AANKOOP BIJ}: a purchase
     * at a shop the directory does not know, which the text's name and the model place better than a transfer.
     */
    private static boolean namesShopAfterChannel(String text) {
        return text.contains("EINKAUF BEI ") || text.contains("AANKOOP BIJ ");
    }

    /**
     * The reading of the text without the one channel word UK banks print before the payee ({@code SO BRIARWOOD
     * ACORNS DAY NURSERY}, {@code DD …}, {@code FPO …}), when that word is all that kept a short brand alias further on
     * from counting as part of a local name; else {@code best} itself. A second walk, made only for such texts.
     */
    private AliasAutomaton.Best afterLeadingChannel(String text, AliasAutomaton.Best best, MerchantMatch match) {
        if (best.firstStart() != 0 || best.start() < 2 || match.alias().length() >= DISTINCTIVE_ALIAS) {
            return best;
        }
        int space = text.indexOf(' ');
        if (space < 0 || !DescriptorVocabulary.TRAILING_CHANNELS.contains(text.substring(0, space))) {
            return best;
        }
        AliasAutomaton.Best rest = automaton.best(text.substring(space + 1));
        return rest.alias() == best.alias() ? rest : best;
    }

    /**
     * A short brand alias after words that the directory does not know is part of a longer local name and names
     * another business ({@code VALLEY FRESH MARKET}, {@code LITTLE ACORNS DAYCARE}, {@code VILLAGE NEWS & POST
     * OFFICE}): a trade word in the text then places it, or else the brand's category with the name read from the
     * text. A long alias ({@code RAIFFEISEN TANKSTELLE}) is distinctive anywhere, and words the directory knows
     * before the alias ({@code WMATA MOBILE SMARTRIP}, {@code DIRECT DEBIT PAYMENT TO SKY}) are no local name,
     * unless the alias opens with {@code &}.
     */
    private static boolean partOfLocalName(AliasAutomaton.Best best, MerchantMatch match) {
        // a brand that opens with & joins the words before it into one name (… KEBAB & PIZZA), known or not
        boolean joined = match.alias().startsWith("& ") || match.alias().startsWith("AND ");
        return best.start() > 0 && (joined
                || match.alias().length() < DISTINCTIVE_ALIAS && best.firstStart() == best.start());
    }

    /**
     * Banks print an instalment service's debit with the shop paid in parts after it ({@code KLARNA BANK AB
     * LASTSCHRIFT RATENKAUF <shop>}, {@code RIVERTY BETALING <shop> FACTUUR}): a merchant the directory knows after
     * the service's name is the payee, and the instalment only how it was paid. The rest of the text is matched
     * again only for these services' texts.
     */
    private Optional<MerchantMatch> shopAfterInstalmentService(String text, int aliasWord, MerchantMatch service) {
        int space = -1;
        int words = aliasWord + service.alias().split(" ").length;
        for (int word = 0; word < words; word++) {
            space = text.indexOf(' ', space + 1);
            if (space < 0) {
                return Optional.empty();
            }
        }
        AliasAutomaton.Best rest = automaton.best(text.substring(space + 1));
        if (rest.alias() < 0) {
            return Optional.empty();
        }
        MerchantMatch shop = matchByAlias[rest.alias()];
        return shop.kind() == DescriptorKind.MERCHANT && !INSTALMENTS.equals(shop.detailed().value())
                ? Optional.of(shop) : Optional.empty();
    }

    /**
     * Neobanks and Chase UK print the payee after {@code To}, {@code Payment to} or {@code Payment from} ({@code
     * Payment to Tesco}): an alias right after such an opening is the payee itself, not part of a longer name.
     */
    private static boolean afterPayeeOpening(String text, int aliasWord) {
        boolean payment = text.startsWith("PAYMENT ");
        String opening = text.substring(payment ? "PAYMENT ".length() : 0);
        return aliasWord == (payment ? 2 : 1) && (opening.startsWith("TO ") || opening.startsWith("FROM "));
    }

    /**
     * A short brand alias after a particle that follows a trade word names the shop, not the brand ({@code PHARMACIE
     * DE LA HALLE}, {@code BOULANGERIE DE LA POSTE}): the trade word places it, or null when the text is otherwise.
     */
    private MerchantMatch tradeBeforeParticle(String text, AliasAutomaton.Best best, MerchantMatch match) {
        if (match.alias().length() >= DISTINCTIVE_ALIAS || best.start() < 2) {
            return null;
        }
        int at = 0;
        for (int word = 0; word < best.start(); word++) {
            at = text.indexOf(' ', at) + 1;
        }
        // at is where the alias starts; walk back over the particles to the word before them
        int end = at - 1;
        int particles = 0;
        while (end > 0) {
            int start = text.lastIndexOf(' ', end - 1) + 1;
            String word = text.substring(start, end);
            if (!TRADE_PARTICLES.contains(word)) {
                return particles > 0 ? compoundEndings.get(word) : null;
            }
            particles++;
            end = start - 1;
        }
        return null;
    }

    /**
     * A brand alias that ends the text and stands before a state or country code in the bank's text is the town
     * where the card was used when another brand opens the text ({@code PUBLIX 1618 LAKELAND FL}: Publix in
     * Lakeland, Florida, not the Lakeland kitchenware shops), even where the town's alias is the longer one.
     */
    private AliasAutomaton.Best brandBeforeTown(String raw, String text, AliasAutomaton.Best best) {
        if (best.alias() < 0 || best.start() == 0 || matchByAlias[best.alias()].kind() != DescriptorKind.MERCHANT) {
            return best;
        }
        String alias = matchByAlias[best.alias()].alias();
        int at = text.length() - alias.length();
        if (at <= 0 || !text.endsWith(alias) || text.charAt(at - 1) != ' ' || !beforeLocationCode(raw, alias)) {
            return best;
        }
        AliasAutomaton.Best before = automaton.best(text.substring(0, at - 1));
        return before.alias() >= 0 && before.start() == 0
                && matchByAlias[before.alias()].kind() == DescriptorKind.MERCHANT ? before : best;
    }

    /** Whether the raw text has the words of {@code alias} followed by a state or country code. */
    private static boolean beforeLocationCode(String raw, String alias) {
        String upper = raw.toUpperCase(Locale.ROOT);
        int at = upper.lastIndexOf(alias + " ");
        if (at < 0) {
            return false;
        }
        int from = at + alias.length() + 1;
        while (from < upper.length() && upper.charAt(from) == ' ') {
            from++;
        }
        int to = upper.indexOf(' ', from);
        String next = upper.substring(from, to < 0 ? upper.length() : to);
        return (DescriptorVocabulary.classesOf(next) & DescriptorVocabulary.LOCATION_CODE) != 0;
    }

    /** Whether nothing but a known town follows the alias ({@code To Pingo Doce Lisboa}). */
    private static boolean endsTextOrPlace(String text, String alias) {
        int start = text.indexOf(alias);
        if (start < 0) {
            return false;
        }
        int end = start + alias.length();
        return end == text.length()
                || text.charAt(end) == ' ' && DescriptorVocabulary.PLACES.contains(text.substring(end + 1));
    }

    /**
     * A one-word brand alias that opens a name whose trade word belongs to another sector is a surname or place
     * that a local business is named after ({@code HARGREAVES FAMILY BUTCHERS} is no investment platform, {@code
     * HOBBS BUTCHERS} no clothes shop): the trade word places it and the name is read from the text. A trade of the
     * brand's own sector ({@code STARBUCKS COFFEE}), a bill's word ({@link #LOCAL_TRADES}) and a payment app, whose
     * texts say what a payment between people was for ({@code TIKKIE … PIZZA}), leave the brand.
     */
    private static boolean opensLocalName(AliasAutomaton.Best best, MerchantMatch brand, MerchantMatch trade) {
        return best.start() == 0 && brand.alias().indexOf(' ') < 0 && brand.alias().length() < DISTINCTIVE_ALIAS
                && !trade.primary().equals(brand.primary()) && !PAYMENT_APPS.contains(brand.detailed().value())
                && LOCAL_TRADES.contains(trade.primary().value());
    }

    /**
     * German and Dutch write a shop's kind and its name as one word ({@code LANDBAECKEREI}, {@code STADTAPOTHEKE},
     * {@code TANDARTSPRAKTIJK}): when nothing else matched, the longest trade word that ends a longer word
     * places the descriptor, unless the word is a known town.
     */
    private Optional<MerchantMatch> compoundEnding(String text) {
        MerchantMatch found = null;
        int foundLength = 0;
        for (String word : text.split(" ")) {
            // a town is no compound (SCARBOROUGH is not a borough council)
            if (DescriptorVocabulary.PLACES.contains(word)) {
                continue;
            }
            for (int start = MIN_COMPOUND_HEAD; word.length() - start >= Math.max(MIN_COMPOUND_ENDING, foundLength + 1);
                    start++) {
                MerchantMatch match = compoundEndings.get(word.substring(start));
                if (match != null) {
                    found = match;
                    foundLength = word.length() - start;
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<MerchantMatch> lastResort(String text) {
        int alias = lastResortAutomaton.best(text).alias();
        return alias < 0 ? Optional.empty() : Optional.of(lastResortByAlias[alias]);
    }

    /**
     * Texts no alias names, read by their shape. Neobanks print a payment between people as the other person's
     * name after {@code To} or {@code From} ({@code To Hannah Whitfield}, {@code Payment from J Smith}), so such a
     * short text is a transfer. An English name of the form {@code THE ... INN}, {@code THE ... ARMS} or {@code THE
     * ... HEAD} ({@code THE HARROW INN}, {@code THE FOX & HOUNDS INN}, {@code THE STAGS HEAD}), or a sign of two
     * things joined by {@code &} or {@code AND} before {@code INN} or {@code ARMS} ({@code CROWN & CUSHION INN}), is a
     * pub: inns that are lodging say so ({@code HOTEL}, {@code & SUITES}) or are chains the directory knows. So is
     * a pub sign with none of those words ({@link #pubSign}), and a name opened the way inns, trattorias and bistros
     * are named in their languages ({@code ZUM GOLDENEN LAMM}, {@code DA PEPPINO}; {@link
     * DescriptorVocabulary#NAME_OPENINGS}) is the trade it stands for.
     */
    private Optional<MerchantMatch> byOpening(String text) {
        String[] words = text.split(" ");
        int start = words.length > 2 && words[0].equals("PAYMENT") ? 1 : 0;
        int nameWords = words.length - start - 1;
        if (nameWords >= 1 && nameWords <= MAX_PERSON_NAME_WORDS) {
            if (words[start].equals("TO")) {
                return Optional.ofNullable(transferOut);
            }
            if (words[start].equals("FROM")) {
                return Optional.ofNullable(transferIn);
            }
        }
        for (int k = 2; k < words.length; k++) {
            boolean last = k == words.length - 1 || DescriptorVocabulary.PLACES.contains(words[k + 1]);
            boolean sign = words[0].equals("THE") || words[k - 2].equals("&") || words[k - 2].equals("AND");
            if (sign && (words[k].equals("INN") || words[k].equals("ARMS") || words[k].equals("HEAD") && last)) {
                return Optional.ofNullable(pub);
            }
        }
        if (words.length > 1 && pubSign(words)) {
            return Optional.ofNullable(pub);
        }
        MerchantMatch opened = words.length > 2 ? byNameOpening.get(words[0] + " " + words[1]) : null;
        if (opened == null && words.length > 1 && Character.isLetter(words[1].charAt(0))) {
            opened = byNameOpening.get(words[0]);
        }
        if (opened != null) {
            return Optional.of(opened);
        }
        return municipalUtility(words) ? Optional.ofNullable(waterUtility) : Optional.empty();
    }

    /**
     * {@code THE} and a pub sign ({@code THE WHITE LION}, {@code THE COACH & HORSES}, {@code THE CRICKETERS}) or a
     * titled person ({@code THE DUKE OF WELLINGTON}), perhaps with the town after it.
     */
    private static boolean pubSign(String[] words) {
        if (!words[0].equals("THE")) {
            return false;
        }
        if (words.length > 3 && DescriptorVocabulary.SIGN_TITLES.contains(words[1]) && words[2].equals("OF")) {
            return true;
        }
        boolean noun = false;
        int k = 1;
        for (; k < words.length; k++) {
            if (DescriptorVocabulary.SIGN_NOUNS.contains(words[k])) {
                noun = true;
            } else if (!DescriptorVocabulary.SIGN_WORDS.contains(words[k])) {
                break;
            }
        }
        return noun && (k == words.length || DescriptorVocabulary.PLACES.contains(words[k]));
    }

    /**
     * A US town's utility bill ({@code CITY OF MESA UTIL}, {@code TOWN OF CARY UTILITIES}, {@code SIOUX FALLS
     * UTILITIES}) is for water and sewer: towns seldom sell power or gas, and those that do print the word.
     */
    private static boolean municipalUtility(String[] words) {
        boolean utility = false;
        boolean town = false;
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            if (UTILITY_WORDS.contains(word)) {
                utility = true;
                town |= k > 0 && (DescriptorVocabulary.PLACES.contains(words[k - 1])
                        || k > 1 && DescriptorVocabulary.PLACES.contains(words[k - 2] + " " + words[k - 1]));
            }
            town |= MUNICIPAL_WORDS.contains(word);
        }
        return utility && town;
    }

    /**
     * Banks cut a card name to 22–25 characters, often inside its last word ({@code MOONSTRUCK PATISS}, {@code
     * HALLIDAYS SUPERMARK}, {@code WILLOW CREEK ANIMAL CL}, {@code PRET A MANG}). When the name's last words
     * begin exactly one trade (or one merchant's alias of several words) and nothing else of the same length in
     * words, that is what the name was cut from. A lone word needs {@value #MIN_CUT_WORD} letters and something
     * before it; a merchant is only completed from a cut phrase, never from one word.
     *
     * @param name the name read from the text ({@link MerchantNameExtractor#extract})
     */
    public Optional<CutWordCompletion> completion(String name) {
        String[] words = normalizer.parse(name).text().split(" ");
        String last = words[words.length - 1];
        if (words.length < 2 || !last.chars().allMatch(Character::isLetter) || aliasWords.contains(last)) {
            return Optional.empty();
        }
        for (int k = Math.min(MAX_CUT_PHRASE_WORDS, words.length); k >= 1; k--) {
            if (last.length() < (k == 1 ? MIN_CUT_WORD : MIN_CUT_WORD_IN_PHRASE)) {
                continue;
            }
            String phrase = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
            Optional<CutWordCompletion> found = completion(phrase, k == 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<CutWordCompletion> completion(String phrase, boolean tradesOnly) {
        String first = null;
        MerchantMatch match = null;
        boolean wordCertain = true;
        for (Map.Entry<String, MerchantMatch> candidate
                : completable.subMap(phrase, false, phrase + Character.MAX_VALUE, false).entrySet()) {
            String rest = candidate.getKey().substring(phrase.length());
            MerchantMatch found = candidate.getValue();
            if (rest.indexOf(' ') >= 0 || rest.equals("S") || rest.equals("ES")
                    || tradesOnly && found.kind() != DescriptorKind.GENERIC_TERM) {
                continue;
            }
            if (match == null) {
                first = candidate.getKey();
                match = found;
            } else if (!found.detailed().equals(match.detailed()) || found.kind() != match.kind()) {
                return Optional.empty();
            } else if (!candidate.getKey().startsWith(first)) {
                // several spellings of one trade (PHARMACY, PHARMACIE): the category is certain, the word is not
                wordCertain = false;
            }
        }
        if (match == null) {
            return Optional.empty();
        }
        String word = wordCertain ? first.substring(first.lastIndexOf(' ') + 1) : "";
        return Optional.of(new CutWordCompletion(match, word));
    }

    /** Every entry, in the order of the data. */
    public List<MerchantEntry> entries() {
        return entries;
    }
}
