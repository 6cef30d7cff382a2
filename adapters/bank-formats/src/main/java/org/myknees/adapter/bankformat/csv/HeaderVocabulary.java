package org.myknees.adapter.bankformat.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
            "^(.+?) (?:(?:in|en) )?(eur|euros?|usd|gbp|chf|sek|nok|dkk|pln|czk|huf)$");

    private static final Map<ColumnRole, List<String>> NAMES = new EnumMap<>(ColumnRole.class);
    private static final Map<ColumnRole, List<Pattern>> PATTERNS = new EnumMap<>(ColumnRole.class);

    static {
        names(ColumnRole.DATE,
                // booking dates first: the day the bank booked the movement
                "posting date", "posted date", "post date", "date posted", "posted", "booking date", "clearing date",
                "completed date", "date completed", "buchungstag", "buchungsdatum", "buchung", "boekingsdatum",
                "data registrazione", "fecha contable", "date de comptabilisation", "date comptable", "konyveles datuma",
                "boekdatum", "bokforingsdag", "data contabile", "data ksiegowania",
                // then any transaction date
                "date", "transaction date", "trans date", "txn date", "datum", "fecha", "fecha operacion",
                "date operation", "date de l operation", "data", "data operazione", "data operacji", "started date",
                "date started", "run date", "journaldate", "journal date", "created", "created utc", "order date", "datetime", "date time", "timestamp");
        names(ColumnRole.VALUE_DATE, "value date", "valuta date", "valutadatum", "wertstellung",
                "wertstellungsdatum", "wert", "fecha valor", "date de valeur", "date valeur", "data valuta", "valutadag",
                "rentedatum", "interest date", "valuta");
        names(ColumnRole.AMOUNT, "amount", "betrag", "montant", "importe", "importo", "bedrag", "belopp", "belob",
                "kwota", "osszeg", "castka", "value", "transaction amount", "montant de l operation",
                "montant operation", "montant de l operation en euro", "montant operation en euro", "importo operazione", "amount total", "net amount", "netamount",
                "umsatz", "summe", "valor", "net", "neto", "netto", "gross", "bruto", "brutto", "total", "item total");
        names(ColumnRole.DEBIT, "debit", "debits", "debit amount", "withdrawal", "withdrawals", "withdrawal amount",
                "paid out", "money out", "outflow", "amount out", "ausgang", "soll", "belastung", "cargo", "cargos",
                "retiro", "uscite", "addebiti", "af", "spent", "lastschrift", "belastungen", "debet", "debit euros", "debit eur");
        names(ColumnRole.CREDIT, "credit", "credits", "credit amount", "deposit", "deposits", "deposit amount",
                "paid in", "money in", "inflow", "amount in", "eingang", "haben", "gutschrift", "abono", "abonos",
                "ingreso", "ingresos", "entrate", "accrediti", "bij", "received", "credit euros", "credit eur");
        names(ColumnRole.TYPE, "transaction type", "type", "d c", "dc", "debit credit", "credit debit", "dr cr",
                "cr dr", "soll haben", "s h", "af bij", "credit debit indicator", "debit credit indicator", "cd indicator", "direction", "details", "balance impact");
        names(ColumnRole.PAYEE, "payee", "naam tegenpartij", "naam tegenpartij bevat", "name", "namn", "navn", "merchant", "merchant name", "partner name", "partner",
                "partnername", "counter party", "counterparty", "counterparty name", "beneficiary", "beneficiary name", "payee name",
                "auftraggeber empfanger", "empfanger", "zahlungsempfanger", "auftraggeber",
                "beguenstigter zahlungspflichtiger", "begunstigter zahlungspflichtiger", "name zahlungsbeteiligter",
                "begunstigter auftraggeber", "auftraggeber begunstigter", "empfanger auftraggeber",
                "partner nev", "nombre", "beneficiario", "nom", "tiers", "contrepartie", "naam", "store name");
        names(ColumnRole.DESCRIPTION, "description", "desc", "transaction description", "original description",
                "narrative", "particulars", "text", "buchungstext", "beschreibung", "vorgang", "libelle",
                "libelle operation", "concepto", "descripcion", "descrizione", "omschrijving", "naam omschrijving",
                "operazione", "transactie", "buchungs info", "avisierungstext", "opis operacji", "opis", "rubrik", "tekst", "teksti", "libelle court", "zahlungsempfanger in",
                "zahlungspflichtige r", "label", "title",
                "items", "item", "item description", "action", "transaction details", "transaktionstext");
        names(ColumnRole.MEMO, "memo", "notes", "note", "comments", "comment", "verwendungszweck", "reference",
                "referenz", "payment reference", "remittance information", "purpose", "reason", "mitteilung",
                "communication", "motivo", "kozlemeny", "message", "additional description",
                "additional information", "zusatzinfo", "notiz", "mededelingen", "vrije mededeling", "observaciones",
                "dettagli", "detail de l ecriture", "subject");
        patterns(ColumnRole.MEMO, "vwz ?\\d+", "verwendungszweck ?\\d+", "description ?\\d+", "memo ?\\d+",
                "omschrijving ?\\d+", "beschreibung ?\\d+");
        names(ColumnRole.CURRENCY, "currency", "currency code", "ccy", "curr", "cur", "wahrung", "waehrung", "devise",
                "divisa", "moneda", "devizanem", "monn", "monnaie", "iso currency code", "munt", "devies", "valuta");
        names(ColumnRole.BALANCE, "balance", "running balance", "runningbalance", "current balance", "kontostand",
                "running bal", "saldo", "saldo po operacji", "solde", "saldo nach buchung", "saldo na trn", "saldo na mutatie",
                "disponible", "balance after", "szamlaegyenleg", "account balance");
        names(ColumnRole.ACCOUNT, "account", "account name", "account number", "account no", "kontonummer", "konto",
                "auftragskonto", "szamlaszam", "accountname", "rekening", "rekeningnummer", "account id", "cuenta", "compte");
        names(ColumnRole.ID, "transaction id", "id", "reference number", "fitid", "transaction number",
                "n de transaction", "tranzakcioazonosito", "transferwise id", "confirmation number", "order id");
        names(ColumnRole.STATUS, "status", "state", "transaction status", "contabilizzazione");
    }

    private HeaderVocabulary() {
    }

    private static void names(ColumnRole role, String... names) {
        NAMES.put(role, List.of(names));
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
        if (unit.find() && unit.start() > 0) {
            text = text.substring(0, unit.start());
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
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
            return AmountText.symbolCurrency(code).map(Currency::getCurrencyCode);
        }
        Matcher word = CURRENCY_WORD.matcher(normalize(header));
        if (word.matches()) {
            String code = word.group(2);
            return Optional.of(code.startsWith("euro") ? "EUR" : code.toUpperCase(Locale.ROOT));
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
