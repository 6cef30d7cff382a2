package org.myknees.adapter.bankformat.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the transactions that other tools' converted outputs state (OFX, QIF, beancount extracts, ledger
 * journals) into facts our model can be compared with: date, signed amount, texts, account and currency.
 */
final class ExpectedOutputs {

    /** One expected transaction. */
    record Fact(LocalDate date, BigDecimal amount, List<String> texts, Optional<String> account,
                Optional<String> currency) {

        String key() {
            return date + " " + amount.toPlainString();
        }
    }

    /** A balance an output states for the end of a day. */
    record BalanceFact(LocalDate date, BigDecimal amount) {
    }

    private static final Pattern OFX_BLOCK = Pattern.compile("<(STMTTRN|INTRARS)>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern OFX_CURDEF = Pattern.compile("<CURDEF>([^<\\s]+)");
    private static final Pattern BEAN_TXN = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) [*!] \"([^\"]*)\"(?: \"([^\"]*)\")?");
    private static final Pattern BEAN_CASH = Pattern.compile("^\\s+Assets:\\S+\\s+(-?[\\d.,]+) (USD|\\$)\\s*$");
    private static final Pattern BEAN_BALANCE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) balance \\S+\\s+(-?[\\d.]+) (USD|\\$)");
    private static final Pattern LEDGER_TXN = Pattern.compile("^(\\d{4}/\\d{2}/\\d{2}) (.*)$");
    private static final Pattern LEDGER_POSTING = Pattern.compile("^\\s+[^;\\s][^;]*?\\s{2,}(-?[\\d,.]+) (\\w+)\\s*$");

    private ExpectedOutputs() {
    }

    static List<Fact> ofx(String text) {
        List<Fact> facts = new ArrayList<>();
        Matcher block = OFX_BLOCK.matcher(text);
        while (block.find()) {
            String body = block.group(2);
            String before = text.substring(0, block.start());
            Matcher curdef = OFX_CURDEF.matcher(block.group(1).equals("INTRARS") ? body : before);
            Optional<String> currency = Optional.empty();
            while (curdef.find()) {
                currency = Optional.of(curdef.group(1));
            }
            LocalDate date = LocalDate.parse(tag(body, "DTPOSTED").substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            List<String> texts = new ArrayList<>();
            texts.add(tag(body, "NAME"));
            texts.add(tag(body, "MEMO"));
            facts.add(new Fact(date, new BigDecimal(tag(body, "TRNAMT")), texts, Optional.empty(), currency));
        }
        return facts;
    }

    static List<Fact> qif(String text) {
        List<Fact> facts = new ArrayList<>();
        Optional<String> account = Optional.empty();
        boolean inAccount = false;
        LocalDate date = null;
        BigDecimal amount = null;
        List<String> texts = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.startsWith("!Account")) {
                inAccount = true;
                continue;
            }
            if (line.startsWith("!")) {
                inAccount = false;
                continue;
            }
            if (line.equals("^")) {
                if (!inAccount && date != null && amount != null) {
                    facts.add(new Fact(date, amount, texts, account, Optional.empty()));
                }
                inAccount = false;
                date = null;
                amount = null;
                texts = new ArrayList<>();
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            char code = line.charAt(0);
            String value = line.substring(1);
            if (inAccount && code == 'N') {
                account = Optional.of(value);
            } else if (!inAccount && code == 'D') {
                date = value.contains("-") ? LocalDate.parse(value)
                        : LocalDate.parse(value, DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            } else if (!inAccount && code == 'T') {
                amount = new BigDecimal(value.replace(",", ""));
            } else if (!inAccount && (code == 'P' || code == 'M' || code == 'L')) {
                texts.add(value);
            }
        }
        return facts;
    }

    static List<Fact> beancount(String text) {
        List<Fact> facts = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher txn = BEAN_TXN.matcher(lines[i]);
            if (!txn.find()) {
                continue;
            }
            for (int j = i + 1; j < lines.length && lines[j].startsWith(" "); j++) {
                Matcher cash = BEAN_CASH.matcher(lines[j]);
                if (cash.matches()) {
                    List<String> texts = new ArrayList<>();
                    texts.add(txn.group(2));
                    texts.add(txn.group(3) == null ? "" : txn.group(3));
                    facts.add(new Fact(LocalDate.parse(txn.group(1)), new BigDecimal(cash.group(1)), texts,
                            Optional.empty(), Optional.empty()));
                    break;
                }
            }
        }
        return facts;
    }

    /** Beancount's balance directive holds at the start of its day: the closing balance of the day before. */
    static List<BalanceFact> beancountBalances(String text) {
        List<BalanceFact> facts = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = BEAN_BALANCE.matcher(line);
            if (m.find()) {
                facts.add(new BalanceFact(LocalDate.parse(m.group(1)).minusDays(1), new BigDecimal(m.group(2))));
            }
        }
        return facts;
    }

    static List<Fact> ledger(String text) {
        List<Fact> facts = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher txn = LEDGER_TXN.matcher(lines[i]);
            if (!txn.matches()) {
                continue;
            }
            for (int j = i + 1; j < lines.length && lines[j].startsWith(" "); j++) {
                Matcher posting = LEDGER_POSTING.matcher(lines[j]);
                if (posting.matches()) {
                    facts.add(new Fact(LocalDate.parse(txn.group(1).replace('/', '-')),
                            new BigDecimal(posting.group(1).replace(",", "")), List.of(txn.group(2)), Optional.empty(),
                            Optional.of(posting.group(2))));
                    break;
                }
            }
        }
        return facts;
    }

    private static String tag(String body, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<\\r\\n]*)").matcher(body);
        return m.find() ? m.group(1).strip() : "";
    }
}
