package org.myknees.application.categorization;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.myknees.application.categorization.port.out.CategorySuggester;
import org.myknees.application.categorization.port.out.CorrectionRepository;
import org.myknees.application.categorization.port.out.LabelledExample;
import org.myknees.application.categorization.port.out.RuleRepository;
import org.myknees.application.categorization.port.out.StoredRule;
import org.myknees.application.categorization.port.out.Suggestion;
import org.myknees.application.categorization.port.out.SuggestionRequest;
import org.myknees.application.category.port.out.CategoryRepository;
import org.myknees.domain.account.AccountId;
import org.myknees.domain.categorization.CashFlowDirection;
import org.myknees.domain.categorization.CategoryEvidence;
import org.myknees.domain.categorization.CategoryResolver;
import org.myknees.domain.categorization.Resolution;
import org.myknees.domain.category.CategoryAssignment;
import org.myknees.domain.category.CategoryKey;
import org.myknees.domain.category.HouseholdCategory;
import org.myknees.domain.category.Taxonomy;
import org.myknees.domain.household.HouseholdId;
import org.myknees.domain.merchant.CutWordCompletion;
import org.myknees.domain.merchant.DescriptorKind;
import org.myknees.domain.merchant.MerchantDirectory;
import org.myknees.domain.merchant.MerchantMatch;
import org.myknees.domain.merchant.MerchantNameExtractor;
import org.myknees.domain.money.Money;
import org.myknees.domain.rule.Rule;
import org.myknees.domain.rule.RuleId;
import org.myknees.domain.rule.RuleOutcome;
import org.myknees.domain.rule.RuleSet;
import org.myknees.domain.rule.RuleSubject;
import org.myknees.domain.rule.RulesCsv;

/**
 * Decides categories in bulk, in the order {@link CategoryResolver} defines: the household's rules (compiled
 * once per rules file), its corrections, the built-in merchant knowledge, then the model for what is left, each
 * distinct descriptor asked once. Writes nothing: callers store the resolutions they want.
 */
public final class Categorizer {

    /** How far a categorization goes: rules and corrections only (fast, for bulk imports), or every source. */
    public enum Depth { RULES, FULL }

    /** One transaction to categorize. */
    public record Item(String rawDescriptor, String normalizedDescriptor, Money amount, AccountId account,
                       LocalDate bookingDate, CategoryAssignment current) {
        public Item {
            Objects.requireNonNull(rawDescriptor, "rawDescriptor");
            Objects.requireNonNull(normalizedDescriptor, "normalizedDescriptor");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(bookingDate, "bookingDate");
            Objects.requireNonNull(current, "current");
        }
    }

    private static final int MODEL_BATCH = 256;
    private static final double MERCHANT_CONFIDENCE = 0.95;
    /** Banks cut a card name at 22–25 characters: a name this long may end in a cut word. */
    private static final int FILLED_CARD_FIELD = 20;
    private static final CategoryKey TAX_PAYMENT = CategoryKey.taxonomy("GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT");
    private static final CategoryKey TAX_REFUND = CategoryKey.taxonomy("INCOME_TAX_REFUND");
    private static final CategoryKey UNSPECIFIED_DEBIT = CategoryKey.taxonomy("TRANSFER_OUT_OTHER_TRANSFER_OUT");
    /** Categories whose counterparty, read from a payment channel's text, is a person or an employer. */
    private static final Set<String> PERSONAL_TRANSFERS = Set.of("TRANSFER_IN_ACCOUNT_TRANSFER",
            "TRANSFER_OUT_ACCOUNT_TRANSFER", "INCOME_WAGES");

    private final RuleRepository rules;
    private final CorrectionRepository corrections;
    private final CategoryRepository categories;
    private final Taxonomy taxonomy;
    /** Read only when a categorization goes beyond the rules: a rules-only import never loads it. */
    private final Supplier<MerchantDirectory> merchants;
    private final MerchantNameExtractor names;
    private final Optional<CategorySuggester> suggester;
    private final CategoryResolver resolver;
    private final Map<HouseholdId, CompiledRules> compiled = new ConcurrentHashMap<>();
    /** Per household, the descriptor and code of every correction the model was taught. */
    private final Map<HouseholdId, Map<String, String>> modelTaught = new ConcurrentHashMap<>();

    public Categorizer(RuleRepository rules, CorrectionRepository corrections, CategoryRepository categories,
                       Taxonomy taxonomy, MerchantDirectory merchants, MerchantNameExtractor names,
                       Optional<CategorySuggester> suggester, CategoryResolver resolver) {
        this(rules, corrections, categories, taxonomy, supplying(Objects.requireNonNull(merchants, "merchants")), names,
                suggester, resolver);
    }

    /**
     * A categorizer that asks for the merchant directory only when it first categorizes beyond the rules
     * ({@link Depth#FULL}); {@code merchants} is asked on any thread and must give the same directory every time.
     */
    public Categorizer(RuleRepository rules, CorrectionRepository corrections, CategoryRepository categories,
                       Taxonomy taxonomy, Supplier<MerchantDirectory> merchants, MerchantNameExtractor names,
                       Optional<CategorySuggester> suggester, CategoryResolver resolver) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.corrections = Objects.requireNonNull(corrections, "corrections");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.merchants = Objects.requireNonNull(merchants, "merchants");
        this.names = Objects.requireNonNull(names, "names");
        this.suggester = Objects.requireNonNull(suggester, "suggester");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** One resolution per item, in order. */
    public List<Resolution> categorize(HouseholdId household, List<Item> items, Depth depth) {
        List<LabelledExample> taught = corrections.list(household);
        if (depth == Depth.FULL) {
            teachModel(household, taught);
        }
        return categorize(household, ruleSet(household), learned(taught), items, depth);
    }

    /**
     * {@link #categorize} at {@link Depth#RULES} with the household's rules and corrections as they are now: reads
     * the stores once, here, and never again, so the function may run on another thread while this one holds a unit
     * of work (an import categorizes its chunks that way while earlier chunks are stored).
     */
    public Function<List<Item>, List<Resolution>> byRules(HouseholdId household) {
        RuleSet ruleSet = ruleSet(household);
        Map<String, LabelledExample> learned = learned(corrections.list(household));
        return items -> categorize(household, ruleSet, learned, items, Depth.RULES);
    }

    private static Map<String, LabelledExample> learned(List<LabelledExample> taught) {
        Map<String, LabelledExample> learned = new HashMap<>();
        for (LabelledExample example : taught) {
            learned.put(example.descriptor(), example);
            example.merchant().ifPresent(m -> learned.putIfAbsent("merchant:" + m.toLowerCase(Locale.ROOT), example));
        }
        return learned;
    }

    private List<Resolution> categorize(HouseholdId household, RuleSet ruleSet, Map<String, LabelledExample> learned,
                                        List<Item> items, Depth depth) {
        if (depth == Depth.RULES) {
            return byRulesOnly(ruleSet, learned, items);
        }
        List<Optional<CategoryEvidence>> byRule = new ArrayList<>(items.size());
        List<Optional<CategoryEvidence>> byLearning = new ArrayList<>(items.size());
        List<Optional<CategoryEvidence>> byMerchant = new ArrayList<>(items.size());
        List<Optional<String>> extracted = new ArrayList<>(items.size());
        Map<String, SuggestionRequest> forModel = new LinkedHashMap<>();
        Map<RuleId, String> ruleNames = new HashMap<>();
        MerchantDirectory directory = merchants.get();
        for (Item item : items) {
            Optional<CategoryEvidence> rule = rule(ruleSet, item, ruleNames);
            Optional<MerchantMatch> found = directory.match(item.rawDescriptor());
            Optional<String> read = names.extract(item.rawDescriptor());
            Optional<CutWordCompletion> cut = read.filter(n -> found.isEmpty() || saysOnlyChannel(found.get(), item)
                    || found.get().kind() == DescriptorKind.GENERIC_TERM).flatMap(directory::completion)
                    .filter(c -> found.isEmpty() || completesTrade(c, found.get())
                            || completesSameTrade(c, found.get(), read.get()));
            Optional<MerchantMatch> match = cut.map(CutWordCompletion::match).or(() -> found);
            Optional<String> name = cut.map(c -> c.completedName(read.get())).or(() -> read);
            Optional<CategoryKey> direction = match.map(m -> oriented(m, item));
            // the name follows the kind of transfer: a standing order to J SMITH SAVINGS still names no merchant
            Optional<String> merchantName = match.isPresent() ? shownName(match.get(), direction.get(), name) : name;
            Optional<CategoryKey> matched = direction.map(c -> CashFlowDirection.towardsSavings(c,
                    item.normalizedDescriptor()));
            Optional<CategoryEvidence> learning = learning(learned, item, merchantName);
            Optional<CategoryEvidence> merchant = match
                    .filter(m -> !debitToUnknownCreditor(m, matched.get(), item, merchantName))
                    .map(m -> new CategoryEvidence(matched.get(), MERCHANT_CONFIDENCE, merchantName,
                            "merchant:" + m.alias(), false));
            byRule.add(rule);
            byLearning.add(learning);
            byMerchant.add(merchant);
            extracted.add(match.isPresent() ? merchantName : name);
            boolean open = !item.current().isPinned() && rule.isEmpty() && learning.isEmpty() && merchant.isEmpty();
            if (open && suggester.isPresent()) {
                forModel.putIfAbsent(item.normalizedDescriptor(),
                        new SuggestionRequest(item.normalizedDescriptor(), merchantName, item.amount()));
            }
        }
        Map<String, List<CategoryEvidence>> modelAnswers = askModel(household, forModel);
        List<Resolution> resolutions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            long minorUnits = item.amount().minorUnits();
            List<CategoryEvidence> answers = modelAnswers.get(item.normalizedDescriptor());
            List<CategoryEvidence> model = answers == null ? List.of() : answers.stream()
                    .map(e -> new CategoryEvidence(CashFlowDirection.orient(e.category(), minorUnits), e.confidence(),
                            e.merchant(), e.decidedBy(), e.learned()))
                    .toList();
            resolutions.add(resolver.resolve(item.current(), byRule.get(i), byLearning.get(i), byMerchant.get(i),
                    model, extracted.get(i)));
        }
        return resolutions;
    }

    /**
     * {@link Depth#RULES}: the rules, then the household's correction of the same descriptor. No merchant knowledge
     * is read, so no merchant name is found for a correction to match and no item is left for the model.
     */
    private List<Resolution> byRulesOnly(RuleSet ruleSet, Map<String, LabelledExample> learned, List<Item> items) {
        Map<RuleId, String> ruleNames = new HashMap<>();
        List<Resolution> resolutions = new ArrayList<>(items.size());
        for (Item item : items) {
            resolutions.add(resolver.resolve(item.current(), rule(ruleSet, item, ruleNames),
                    learning(learned, item, Optional.empty()), Optional.empty(), List.of(), Optional.empty()));
        }
        return resolutions;
    }

    /** The household's correction of the item's descriptor, else of the merchant named, as evidence. */
    private static Optional<CategoryEvidence> learning(Map<String, LabelledExample> learned, Item item,
                                                       Optional<String> merchantName) {
        return Optional.ofNullable(learned.get(item.normalizedDescriptor()))
                .or(() -> merchantName.map(m -> learned.get("merchant:" + m.toLowerCase(Locale.ROOT))))
                .map(e -> new CategoryEvidence(new CategoryKey(e.code()), 1, e.merchant(),
                        "correction of '" + e.descriptor() + "'", true));
    }

    /**
     * The counterparty to show: a merchant's own name, or the merchant a bank operation names ({@code IRS} in
     * {@code IRS TREAS 310 TAX REF}); for a trade word or a direct debit the name read from the text
     * ({@code Apotheke am Markt}, not {@code Apotheke}; {@code Leeds City Council}, not {@code Direct debit}). A
     * bank operation of its own (cash withdrawal, interest, a fee) and a transfer or wage credit that names only
     * how it arrived have none: what is left of their text is a person, a branch or a reference. A tax is paid to,
     * and refunded by, the public body the text names ({@code GEMEINDE OBERHACHING GRUNDSTEUER}, {@code BGC HMRC TAX
     * REFUND}).
     */
    private static Optional<String> shownName(MerchantMatch match, CategoryKey category, Optional<String> extracted) {
        if (!match.counterparty().isEmpty()) {
            return Optional.of(match.counterparty());
        }
        return switch (match.kind()) {
            case MERCHANT -> Optional.of(match.name());
            case GENERIC_TERM -> extracted.or(() -> Optional.of(match.name()));
            case PAYMENT_CHANNEL -> PERSONAL_TRANSFERS.contains(category.value()) ? Optional.empty() : extracted;
            case BANK_OPERATION -> category.equals(TAX_PAYMENT) || category.equals(TAX_REFUND) ? extracted
                    : Optional.empty();
        };
    }

    /**
     * A direct debit that names its creditor and nothing the directory knows: a debit is collected by a business
     * or public body (an energy supplier, a lender, a charity), never by "some transfer out", so the creditor's
     * name is left to the model rather than placed by the channel alone. A text that is nothing but the channel
     * ({@code CHECK #1042}) names nobody.
     */
    private static boolean debitToUnknownCreditor(MerchantMatch match, CategoryKey category, Item item,
                                                  Optional<String> name) {
        return match.kind() == DescriptorKind.PAYMENT_CHANNEL && category.equals(UNSPECIFIED_DEBIT) && name.isPresent()
                && !item.normalizedDescriptor().equals(match.alias());
    }

    /**
     * A trade word found in the name is completed only by its own longer phrase, which the bank cut ({@code COFFEE
     * HOUS} to {@code COFFEE HOUSE}): a whole last word that merely begins another trade ({@code BAECKEREI SCHNEIDER},
     * not {@code SCHNEIDEREI}) stays as printed.
     */
    private static boolean completesTrade(CutWordCompletion cut, MerchantMatch found) {
        return found.kind() != DescriptorKind.GENERIC_TERM || cut.match().alias().startsWith(found.alias() + " ");
    }

    /**
     * A trade read earlier in a name that fills a card field ({@code RIO VERDE MEXICAN GRIL}) still lets the cut
     * last word of the same trade be written out; a short name ({@code HANOI PHO VIET}) was not cut, so its whole
     * last word stays as printed.
     */
    private static boolean completesSameTrade(CutWordCompletion cut, MerchantMatch found, String name) {
        return name.length() >= FILLED_CARD_FIELD && cut.match().kind() == DescriptorKind.GENERIC_TERM
                && found.kind() == DescriptorKind.GENERIC_TERM && cut.match().detailed().equals(found.detailed());
    }

    /**
     * A payment channel that says nothing about the payee but how the money moved, where a trade word cut from the
     * name says more; a payment between people is not completed (a surname such as {@code BAKER} is no bakery).
     */
    private boolean saysOnlyChannel(MerchantMatch match, Item item) {
        return match.kind() == DescriptorKind.PAYMENT_CHANNEL
                && !PERSONAL_TRANSFERS.contains(oriented(match, item).value());
    }

    /** The match's category for the way the money moved ({@link CashFlowDirection}). */
    private CategoryKey oriented(MerchantMatch match, Item item) {
        long minorUnits = item.amount().minorUnits();
        if (match.kind() == DescriptorKind.PAYMENT_CHANNEL) {
            return CashFlowDirection.orientChannel(match.detailed(), minorUnits,
                    minorUnits > 0 && names.namesCompany(item.rawDescriptor()));
        }
        CategoryKey category = CashFlowDirection.fromEmployer(CashFlowDirection.orient(match.detailed(), minorUnits),
                minorUnits, item.normalizedDescriptor());
        return match.kind() == DescriptorKind.GENERIC_TERM ? CashFlowDirection.paidBack(category, minorUnits,
                item.normalizedDescriptor(), () -> names.namesCompany(item.rawDescriptor())) : category;
    }

    /**
     * The household's rules, compiled; recompiled only when they changed. Stored rules rule the household; one
     * with none stored is ruled by its rules file, the form older versions kept.
     */
    public RuleSet ruleSet(HouseholdId household) {
        List<Rule> stored = rules.list(household).stream().map(StoredRule::rule).toList();
        Object source = stored.isEmpty() ? rules.rulesFile(household).orElse("") : stored;
        CompiledRules cached = compiled.get(household);
        if (cached != null && cached.source().equals(source)) {
            return cached.rules();
        }
        RuleSet ruleSet = !stored.isEmpty() ? RuleSet.of(stored) : RuleSet.of(fileRules(household, (String) source));
        compiled.put(household, new CompiledRules(source, ruleSet));
        return ruleSet;
    }

    /** The rules a rules file holds, its category names resolved for the household. */
    public List<Rule> fileRules(HouseholdId household, String file) {
        return file.isBlank() ? List.of() : RulesCsv.read(new StringReader(file), "rules of household " + household,
                name -> categoryNamed(household, name));
    }

    /** A taxonomy code, or the household category with this name (without regard to case). */
    public CategoryKey categoryNamed(HouseholdId household, String name) {
        String trimmed = name.strip();
        if (taxonomy.contains(trimmed)) {
            return CategoryKey.taxonomy(trimmed);
        }
        return categories.list(household).stream().filter(c -> c.name().equalsIgnoreCase(trimmed)).findFirst()
                .map(HouseholdCategory::key)
                .orElseThrow(() -> new IllegalArgumentException("'" + trimmed + "' is neither a taxonomy code nor a "
                        + "category of the household"));
    }

    /**
     * The evidence of the first rule that matches the item; {@code ruleNames} keeps each rule's "decided by" text, so
     * the rows a rule categorizes share one string instead of one each.
     */
    private static Optional<CategoryEvidence> rule(RuleSet ruleSet, Item item, Map<RuleId, String> ruleNames) {
        RuleOutcome outcome = ruleSet.evaluate(new RuleSubject(item.rawDescriptor(), item.normalizedDescriptor(),
                Optional.empty(), item.amount(), item.account(), item.bookingDate()));
        if (outcome instanceof RuleOutcome.Matched matched && matched.category().isPresent()) {
            return Optional.of(new CategoryEvidence(matched.category().get().value(), 1,
                    matched.merchant().map(d -> d.value()),
                    ruleNames.computeIfAbsent(matched.category().get().rule().id(), id -> "rule:" + id), false));
        }
        return Optional.empty();
    }

    /**
     * Hands the model the household's corrections it has not seen yet (each pin is one), so that its nearest-example
     * suggestions reflect them too, not only the exact descriptor and merchant matches above. The store is the record
     * of what was taught: a model that restarts empty relearns it here.
     */
    private void teachModel(HouseholdId household, List<LabelledExample> examples) {
        if (suggester.isEmpty()) {
            return;
        }
        Map<String, String> known = modelTaught.computeIfAbsent(household, h -> new ConcurrentHashMap<>());
        for (LabelledExample example : examples) {
            // The model speaks taxonomy codes only; a household category is learned through the corrections above.
            if (taxonomy.contains(example.code()) && !example.code().equals(known.get(example.descriptor()))) {
                try {
                    suggester.get().learn(household, example);
                } catch (IllegalArgumentException e) {
                    // A descriptor with no words left to embed teaches the model nothing; the exact match still does.
                }
                known.put(example.descriptor(), example.code());
            }
        }
    }

    private Map<String, List<CategoryEvidence>> askModel(HouseholdId household, Map<String, SuggestionRequest> requests) {
        Map<String, List<CategoryEvidence>> answers = new HashMap<>();
        if (requests.isEmpty() || suggester.isEmpty()) {
            return answers;
        }
        List<SuggestionRequest> all = new ArrayList<>(requests.values());
        for (int from = 0; from < all.size(); from += MODEL_BATCH) {
            List<SuggestionRequest> batch = all.subList(from, Math.min(all.size(), from + MODEL_BATCH));
            List<List<Suggestion>> suggestions = suggester.get().suggest(household, batch, CategoryResolver.SUGGESTIONS);
            for (int i = 0; i < batch.size(); i++) {
                answers.put(batch.get(i).descriptor(), suggestions.get(i).stream()
                        .filter(s -> taxonomy.contains(s.code()))
                        .map(s -> new CategoryEvidence(CategoryKey.taxonomy(s.code()), s.confidence(), Optional.empty(),
                                "model: " + s.evidence(), s.learned()))
                        .toList());
            }
        }
        return answers;
    }

    private static Supplier<MerchantDirectory> supplying(MerchantDirectory merchants) {
        return () -> merchants;
    }

    private record CompiledRules(Object source, RuleSet rules) {
    }
}
