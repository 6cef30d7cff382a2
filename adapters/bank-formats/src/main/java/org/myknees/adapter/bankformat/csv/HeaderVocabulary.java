package org.myknees.adapter.bankformat.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column names that banks use for each role, in several languages, compared after {@link #normalize}. Within
 * a role the earlier names win, so a {@code Posted Date} column beats a {@code Transaction Date} column for
 * the booking date and {@code Amount} beats {@code Net} and {@code Total}.
 */
final class HeaderVocabulary {

    private static final Pattern UNIT = Pattern.compile("\\(([^()]*)\\)\\s*$");
    private static final Pattern ISO_CODE = Pattern.compile("[A-Za-z]{3}");
    /** A currency named after the column's name, as in {@code Umsatz in EUR} or {@code Débit euros}. */
    private static final Pattern CURRENCY_WORD = Pattern.compile(
            "^(.+?) (?:(?:in|en|em) )?(eur|euros?|euroa|usd|gbp|chf|sek|nok|dkk|pln|czk|huf)$");
    /** The euro written out as a unit: {@code Montant(EUROS)}, Finnish {@code Määrä EUROA}. */
    private static final Pattern EURO_WORD = Pattern.compile("euros?|euroa");

    private static final Set<String> DATE_WORDS = Set.of("date", "datum", "dato", "fecha", "data");
    /** Words of a column about another currency than the account's (N26's Original Amount / Currency). */
    private static final Set<String> FOREIGN_WORDS = Set.of("original", "orig", "foreign", "exchange", "fx",
            "ursprunglicher", "puvodni");
    /**
     * Words of a fee column ({@code Source fee amount}): never the movement's amount, unless the name says the fees
     * are already taken off ({@code source_amount_after_fees}).
     */
    private static final Set<String> FEE_WORDS = Set.of("fee", "fees", "gebuhr", "gebuhren", "frais", "comision",
            "comisiones", "commissione", "commissioni", "commission", "commissions", "kosten", "transactiekosten",
            "prowizja", "avgift", "avgifter", "gebyr", "gebyrer", "palkkio", "taxa", "tarifa");
    /**
     * Names of the amount a processor or marketplace paid out after its fee (PayPal's {@code Net}, Cash App's
     * {@code Net Amount}, Shopify's and Square's {@code Total} / {@code Net Total}, SumUp's {@code Payout}), best
     * first: beside a fee column this, not the gross, is the money that moved.
     */
    private static final List<String> NET_NAMES = List.of("net", "net amount", "netamount", "net total", "nett",
            "netto", "neto", "nettobetrag", "netto betrag", "betrag netto", "montant net", "importe neto",
            "importo netto", "nettobedrag", "netto bedrag", "kwota netto", "nettobelopp", "payout amount", "payout",
            "net payout", "auszahlungsbetrag", "total", "amount after fees");
    /** Words of a gross column ({@code Gross Sales}, {@code Brutto}), the amount before the processor's fee. */
    private static final Set<String> GROSS_WORDS = Set.of("gross", "brutto", "bruto", "brut", "lordo");
    /** German compounds that open with "foreign" ({@code Fremdwährung}, {@code Betrag (Fremdwährung)}). */
    private static final String FOREIGN_PREFIX = "fremd";
    private static final Set<String> CENT_WORDS = Set.of("cent", "cents", "pence", "centimes", "centavos", "centesimi");
    private static final Set<String> VALUE_WORDS = Set.of("value", "valor", "valuta", "wert", "valeur", "rente",
            "valute", "valuty");
    private static final Set<String> DEBIT_WORDS = Set.of("debit", "debits", "withdrawal", "withdrawals", "soll",
            "uttak", "debet", "isplata", "breme", "dare", "χρεωση", "terecenje");
    private static final Set<String> CREDIT_WORDS = Set.of("credit", "credits", "deposit", "deposits", "haben",
            "innskudd", "uplata", "dobro", "avere", "πιστωση", "odobrenje", "lodgement", "lodgements");
    /** Words naming a role inside a longer header, tried in this order after dates, debits and credits. */
    private static final Map<ColumnRole, Set<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put(ColumnRole.AMOUNT, Set.of("amount", "betrag", "montant", "importe", "importo", "bedrag",
                "belopp", "belob", "kwota", "montante", "maara", "umsatz", "suma", "summa", "iznos", "znesek",
                "importancia"));
        KEYWORDS.put(ColumnRole.BALANCE, Set.of("balance", "saldo", "solde", "kontostand"));
        KEYWORDS.put(ColumnRole.CURRENCY, Set.of("currency", "wahrung", "waehrung", "devise", "divisa"));
        KEYWORDS.put(ColumnRole.DESCRIPTION, Set.of("description", "narrative", "narration", "details", "text", "tekst",
                "libelle", "concepto", "omschrijving", "beschreibung", "descricao", "opis", "beskrivning",
                "beschrijving", "descrizione", "popis"));
    }

    private static final Map<ColumnRole, List<String>> NAMES = new EnumMap<>(ColumnRole.class);
    /** Every name of every role. */
    private static final Set<String> LISTED = new HashSet<>();
    private static final Map<ColumnRole, List<Pattern>> PATTERNS = new EnumMap<>(ColumnRole.class);
    private static final Pattern TRANSLITERATED_UMLAUT = Pattern.compile("([aou])e");

    static {
        names(ColumnRole.DATE,
                // booking dates first: the day the bank booked the movement
                "posting date", "posted date", "post date", "date posted", "posted", "posted on", "booking date",
                "booked", "booked date", "booked on", "clearing date",
                "completed date", "date completed", "buchungstag", "buchungsdatum", "buchung", "boekingsdatum",
                "data registrazione", "fecha contable", "date de comptabilisation", "date comptable",
                "konyveles datuma", "boekdatum", "bokforingsdag", "data contabile", "data ksiegowania", "date entered",
                "settled date", "f operativa", "fecha operativa", "kirjauspaiva", "bogforingsdato", "bokforingsdato",
                "data lancamento", "data movimento", "posted transactions date", "date op", "ημερομηνια καταχωρησης",
                // then any transaction date
                "date", "transaction date", "trans date", "txn date", "datum", "fecha", "fecha operacion",
                "date operation", "date de l operation", "data", "data operazione", "data operacji", "started date",
                "date started", "run date", "journaldate", "journal date", "created", "created utc", "order date",
                "datetime", "date time", "timestamp", "dato", "time", "kuupaev", "ημερομηνια", "ημ νια συναλλαγης",
                "ημ νια");
        names(ColumnRole.VALUE_DATE, "value date", "valuta date", "valutadatum", "wertstellung",
                "wertstellungsdatum", "wert", "fecha valor", "date de valeur", "date valeur", "data valuta",
                "valutadag", "rentedatum", "interest date", "valuta", "f valor", "data valor", "arvopaiva", "date val",
                "rentedato", "ημ νια αξιας", "ημερομηνια αξιας");
        names(ColumnRole.AMOUNT, "amount", "betrag", "montant", "importe", "importo", "bedrag", "belopp", "belob",
                "kwota", "osszeg", "castka", "value", "transaction amount", "montant de l operation",
                "montant operation", "montant de l operation en euro", "montant operation en euro",
                "importo operazione", "amount total", "net amount", "netamount", "umsatz", "summe", "valor", "objem",
                "montante", "maara", "net", "neto", "netto", "gross", "bruto", "brutto", "total", "item total",
                "change", "suma", "summa", "iznos", "znesek", "ποσο", "importancia", "belop", "castka v mene uctu",
                "transactiebedrag");
        names(ColumnRole.DEBIT, "debit", "debits", "debit amount", "withdrawal", "withdrawals", "withdrawal amount",
                "paid out", "money out", "outflow", "amount out", "ausgang", "soll", "belastung", "cargo", "cargos",
                "retiro", "uscite", "addebiti", "af", "spent", "lastschrift", "belastungen", "debet", "debit euros",
                "debit eur", "out", "uttak", "uttag", "debito", "expense amount", "expense", "expenses", "isplata",
                "breme", "dare", "χρεωση", "terecenje", "funds out", "ut");
        names(ColumnRole.CREDIT, "credit", "credits", "credit amount", "deposit", "deposits", "deposit amount",
                "paid in", "money in", "inflow", "amount in", "eingang", "haben", "gutschrift", "abono", "abonos",
                "ingreso", "ingresos", "entrate", "accrediti", "bij", "received", "credit euros", "credit eur", "in",
                "innskudd", "insattning", "credito", "income amount", "income", "uplata", "dobro", "avere", "πιστωση",
                "odobrenje", "lodgements", "lodgement", "funds in", "inn");
        names(ColumnRole.TYPE, "transaction type", "type", "d c", "dc", "debit credit", "credit debit", "dr cr",
                "cr dr", "soll haben", "s h", "af bij", "credit debit indicator", "debit credit indicator",
                "cd indicator", "direction", "details", "balance impact", "betaalwijze", "deebet kreedit", "d k",
                "χ π", "personal finance category", "tapahtumalaji", "typ");
        names(ColumnRole.PAYEE, "payee", "naam tegenpartij", "naam tegenpartij bevat", "name", "namn", "navn",
                "merchant", "merchant name", "partner name", "partner",
                "partnername", "counter party", "counterparty", "counterparty name", "beneficiary", "beneficiary name",
                "payee name", "naam van de tegenpartij", "sender empfanger", "empfanger zahlungspflichtiger",
                "saaja maksaja", "maksaja saaja", "auftraggeber empfanger", "empfanger", "zahlungsempfanger",
                "auftraggeber", "beguenstigter zahlungspflichtiger", "begunstigter zahlungspflichtiger",
                "name zahlungsbeteiligter", "begunstigter auftraggeber", "auftraggeber begunstigter",
                "empfanger auftraggeber", "partner nev", "partner neve", "nombre", "beneficiario", "nom", "tiers",
                "contrepartie",
                "naam", "store name", "naam v d tegenpartij", "tegenrekeninghouder",
                "name of sender receiver", "sender receiver name", "saaja maksja", "gavejas", "nazov protistrany",
                "naziv primatelja platitelja", "prejemnik placnik", "nazev protiuctu", "empfanger 1",
                "nom contrepartie contient", "saaja maksja nimi", "beneficiary payer", "payer beneficiary",
                "nazov partnera", "protistrana", "moketojo arba gavejo pavadinimas", "sanemejs maksatajs",
                "gegenkonto inhaber", "naziv prejemnika placnika", "nimi", "other party", "nazev protistrany",
                "gegenseite", "nome");
        names(ColumnRole.DESCRIPTION, "description", "desc", "transaction description", "original description",
                "narrative", "particulars", "text", "buchungstext", "beschreibung", "vorgang", "libelle",
                "libelle operation", "concepto", "descripcion", "descrizione", "omschrijving", "naam omschrijving",
                "operazione", "transactie", "buchungs info", "avisierungstext", "opis operacji", "opis", "rubrik",
                "tekst", "teksti", "libelle court", "zahlungsempfanger in", "zahlungspflichtige r", "label", "title",
                "items", "item", "item description", "action", "transaction details", "transaktionstext", "movimiento",
                "forklaring", "selitys", "descricao", "vorgang verwendungszweck", "details", "narration",
                "opis transakcji", "uzivatelska identifikace", "beskrivning", "beschrijving", "descrizione completa",
                "transactions", "popis", "αιτιολογια", "περιγραφη", "handelse", "betalare", "detail van de omzet",
                "mottagare", "transaction", "maksaja", "saajan nimi", "maksunsaaja", "otsikko", "beskrivelse", "tittel",
                "order");
        names(ColumnRole.MEMO, "memo", "notes", "note", "comments", "comment", "verwendungszweck", "reference",
                "referenz", "payment reference", "remittance information", "purpose", "reason", "mitteilung",
                "communication", "motivo", "kozlemeny", "message", "additional description", "additional information",
                "zusatzinfo", "notiz", "mededelingen", "vrije mededeling", "observaciones", "dettagli",
                "detail de l ecriture", "subject", "mas datos", "viesti", "viite", "zprava pro prijemce", "poznamka",
                "referens", "selgitus", "paaiskinimai", "meddelande", "communications");
        patterns(ColumnRole.MEMO, "vwz ?\\d+", "verwendungszweck ?\\d+", "description ?\\d+", "memo ?\\d+",
                "omschrijving ?\\d+", "beschreibung ?\\d+", "mededeling ?\\d+", "(?:transaction )?ref ?\\d+");
        names(ColumnRole.CURRENCY, "currency", "currency code", "ccy", "curr", "cur", "wahrung", "waehrung", "devise",
                "divisa", "moneda", "devizanem", "monn", "monnaie", "iso currency code", "munt", "devies", "valuta",
                "posted currency", "waluta", "mena", "valuuta", "valiuta", "mena uctu");
        names(ColumnRole.BALANCE, "balance", "running balance", "runningbalance", "current balance", "kontostand",
                "running bal", "saldo", "saldo po operacji", "solde", "saldo nach buchung", "saldo na trn",
                "saldo na mutatie", "disponible", "balance after", "szamlaegyenleg", "account balance",
                "accountbalance", "daily posted balance", "stanje", "υπολοιπο");
        names(ColumnRole.ACCOUNT, "account", "account name", "account number", "account no", "kontonummer", "konto",
                "auftragskonto", "szamlaszam", "accountname", "rekening", "rekeningnummer", "account id", "cuenta",
                "compte", "account num", "posted account", "bank account");
        names(ColumnRole.ID, "transaction id", "id", "reference number", "fitid", "transaction number",
                "n de transaction", "tranzakcioazonosito", "transferwise id", "confirmation number", "order id",
                "unique id", "reference no", "arkistointitunnus");
        names(ColumnRole.STATUS, "status", "state", "transaction status", "contabilizzazione", "info", "pending");
    }

    private HeaderVocabulary() {
    }

    private static void names(ColumnRole role, String... names) {
        NAMES.put(role, List.of(names));
        LISTED.addAll(List.of(names));
    }

    private static void patterns(ColumnRole role, String... regexes) {
        List<Pattern> list = new ArrayList<>();
        for (String regex : regexes) {
            list.add(Pattern.compile(regex));
        }
        PATTERNS.put(role, list);
    }

    /**
     * Lower case, accents and punctuation removed, a trailing unit in parentheses dropped:
     * {@code "Auftraggeber/Empfänger"} becomes {@code "auftraggeber empfanger"}, {@code "Amount ($)"} becomes
     * {@code "amount"}.
     */
    static String normalize(String header) {
        String text = header.strip();
        Matcher unit = UNIT.matcher(text);
        // Kiwibank's Amount (credit) and Amount (debit): a debit or credit word in brackets names the role, no unit
        if (unit.find() && unit.start() > 0 && !namesDirection(unit.group(1))) {
            text = text.substring(0, unit.start());
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        boolean lower = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // letters that no decomposition takes apart (Danish Beløb, Polish Kwota złotych)
            int plain = "øØłŁđĐ".indexOf(c);
            if (plain >= 0) {
                c = "oOlLdD".charAt(plain);
            }
            if (Character.isLetterOrDigit(c)) {
                // camelCase names (Boursorama's dateOp, accountNum) are words too
                if ((space || (lower && Character.isUpperCase(c))) && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                lower = Character.isLowerCase(c);
                space = false;
            } else {
                space = true;
                lower = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean namesDirection(String bracketed) {
        String word = bracketed.strip().toLowerCase(Locale.ROOT);
        return DEBIT_WORDS.contains(word) || CREDIT_WORDS.contains(word);
    }

    /**
     * The currency a header names in a trailing unit or word: {@code EUR} in {@code "Amount (EUR)"},
     * {@code "Betrag (€)"}, {@code "Umsatz in EUR"} and {@code "Débit euros"}.
     */
    static Optional<String> unitCurrency(String header) {
        Matcher unit = UNIT.matcher(header.strip());
        if (unit.find()) {
            String code = unit.group(1).strip();
            if (ISO_CODE.matcher(code).matches()) {
                return Optional.of(code.toUpperCase(Locale.ROOT));
            }
            if (EURO_WORD.matcher(normalize(code)).matches()) {
                return Optional.of("EUR");
            }
            return AmountText.symbolCurrency(code).map(Currency::getCurrencyCode);
        }
        Matcher word = CURRENCY_WORD.matcher(normalize(header));
        if (word.matches()) {
            String code = word.group(2);
            return Optional.of(EURO_WORD.matcher(code).matches() ? "EUR" : code.toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /**
     * The currency of a column named only by its code, as RBC's {@code CAD$} and {@code USD$}: each such column
     * holds the amounts of rows in that currency.
     */
    static Optional<Currency> currencyColumn(String header) {
        String code = header.strip().replaceAll("[\\p{Sc}\\s]", "");
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * How well a normalized header names the role: 0 for the role's first name, growing for later names,
     * empty when it does not name the role at all.
     */
    static Optional<Integer> rank(ColumnRole role, String normalized) {
        Optional<Integer> exact = exactRank(role, normalized);
        if (exact.isPresent()) {
            return exact;
        }
        // German umlauts written out by software that avoids them (Finanzguru's Beguenstigter/Auftraggeber)
        String umlauts = TRANSLITERATED_UMLAUT.matcher(normalized).replaceAll("$1");
        if (!umlauts.equals(normalized) && LISTED.contains(umlauts)) {
            return exactRank(role, umlauts);
        }
        if (listedForAnyRole(normalized)) {
            return Optional.empty();
        }
        return keywordRole(normalized).filter(role::equals)
                .map(r -> NAMES.getOrDefault(r, List.of()).size() + 1);
    }

    /** Whether some role lists the name (so its words name no other role). */
    private static boolean listedForAnyRole(String normalized) {
        if (LISTED.contains(normalized)) {
            return true;
        }
        for (List<Pattern> patterns : PATTERNS.values()) {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(normalized).matches()) {
                    return true;
                }
            }
        }
        Matcher word = CURRENCY_WORD.matcher(normalized);
        return word.matches() && (listedForAnyRole(word.group(1)) || keywordRole(word.group(1)).isPresent());
    }

    /**
     * The role a header no list holds names by one of its words ({@code Posted Transactions Date},
     * {@code Kontoumsatz Betrag}, Finnish compounds ending in {@code päivä}); ranked below every listed name.
     */
    private static Optional<ColumnRole> keywordRole(String normalized) {
        List<String> words = List.of(normalized.split(" "));
        boolean fee = words.stream().anyMatch(FEE_WORDS::contains) && !words.contains("after");
        if (fee || words.stream().anyMatch(HeaderVocabulary::isForeignWord)) {
            return Optional.empty();
        }
        if (words.stream().anyMatch(w -> DATE_WORDS.contains(w) || w.endsWith("datum") || w.endsWith("paiva"))) {
            boolean value = words.stream().anyMatch(VALUE_WORDS::contains);
            return Optional.of(value ? ColumnRole.VALUE_DATE : ColumnRole.DATE);
        }
        boolean debit = words.stream().anyMatch(DEBIT_WORDS::contains);
        boolean credit = words.stream().anyMatch(CREDIT_WORDS::contains);
        if (debit != credit) {
            return Optional.of(debit ? ColumnRole.DEBIT : ColumnRole.CREDIT);
        }
        for (Map.Entry<ColumnRole, Set<String>> entry : KEYWORDS.entrySet()) {
            if (words.stream().anyMatch(entry.getValue()::contains)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the header says its amounts are in hundredths of the currency ({@code amount_cents},
     * {@code Amount (pence)}, {@code Betrag in Cent}).
     */
    static boolean namesCents(String header) {
        String text = header.toLowerCase(Locale.ROOT);
        if (!text.contains("cent") && !text.contains("pence")) {
            return false;
        }
        return List.of(text.split("[^\\p{L}]+")).stream().anyMatch(CENT_WORDS::contains);
    }

    /** Whether the normalized header names a fee ({@code Fee}, {@code Fees & Taxes}, {@code Gebühr}). */
    static boolean namesFee(String normalized) {
        String[] words = normalized.split(" ");
        if (List.of(words).contains("after")) {
            return false;
        }
        for (String word : words) {
            if (FEE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** How well the normalized header names the amount after a fee: 0 for the best name, empty for none. */
    static Optional<Integer> netRank(String normalized) {
        int index = NET_NAMES.indexOf(normalized);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** Whether the normalized header names the amount before a fee ({@code Gross}, {@code Gross Sales}). */
    static boolean namesGross(String normalized) {
        for (String word : normalized.split(" ")) {
            if (GROSS_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the header names a column about another currency than the account's ({@code Original Currency}). */
    static boolean namesAnotherCurrency(String header) {
        return List.of(normalize(header).split(" ")).stream().anyMatch(HeaderVocabulary::isForeignWord);
    }

    private static boolean isForeignWord(String word) {
        return FOREIGN_WORDS.contains(word) || word.startsWith(FOREIGN_PREFIX);
    }

    private static Optional<Integer> exactRank(ColumnRole role, String normalized) {
        List<String> names = NAMES.getOrDefault(role, List.of());
        int index = names.indexOf(normalized);
        if (index >= 0) {
            return Optional.of(index);
        }
        for (Pattern pattern : PATTERNS.getOrDefault(role, List.of())) {
            if (pattern.matcher(normalized).matches()) {
                return Optional.of(names.size());
            }
        }
        Matcher word = CURRENCY_WORD.matcher(normalized);
        return word.matches() ? rank(role, word.group(1)) : Optional.empty();
    }
}
