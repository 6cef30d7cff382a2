/**
 * The CSV statement parser ({@link org.myknees.adapter.bankformat.csv.CsvStatementParser}, format {@code csv})
 * and its built-in layouts ({@link org.myknees.adapter.bankformat.csv.CsvProfiles}, formats such as
 * {@code csv:ally-bank}). Only the bank-format registry uses it.
 *
 * <p>Options a user may pass in {@code ParseContext.options()} (they override what is detected):
 * <ul>
 *   <li>Columns, by header name or 1-based number ({@code 3} or {@code #3}): {@code date} (booking date),
 *       {@code transactionDate} (the day of purchase, used where the booking date is empty), {@code valueDate},
 *       {@code description}, {@code payee}, {@code memo}, {@code amount} (signed),
 *       {@code debit} and {@code credit} (money out / in, either sign), {@code type} (a column of words such as
 *       Debit/Credit/DR/CR that give the amount its sign), {@code kind} (the kind of movement in words, which
 *       describes a row that has no other text), {@code currency}, {@code account} (each row's own
 *       account), {@code balance} (running balance), {@code id} (the bank's row id), {@code status}
 *       ("pending" marks a pending row), and {@code gross} and {@code fee} (a payment processor's amount before
 *       its fee and the fee, shown in the descriptor where the amount is the net). {@code description} and
 *       {@code memo} take several columns joined by {@code |}.</li>
 *   <li>{@code dateFormat}: a pattern such as {@code dd.MM.yyyy} (java.time letters); without it the order of
 *       day and month is decided once for the whole file, or once for the booking dates and once for the other
 *       dates where each keeps to an order of its own.</li>
 *   <li>{@code decimal}: {@code .} or {@code ,}; without it the mark is decided from all amounts of the file.</li>
 *   <li>{@code delimiter}: one character or {@code tab}; without it comma, semicolon, tab and pipe are tried.</li>
 *   <li>{@code header}: {@code true} (the first row), {@code false} (no header: name columns by number) or the
 *       line number of the header row.</li>
 *   <li>{@code skip}: how many lines at the top to ignore. {@code negate}: {@code true} when positive amounts
 *       are money out. {@code profile}: a built-in layout, such as {@code ally-bank} or {@code csv:mint}.</li>
 *   <li>{@code fees}: {@code included} when the amount beside a fee column (and no net column) already holds the
 *       fee, {@code separate} when the fee is money out of its own, taken off the amount; without it the file's
 *       balance column decides, else the fee column's name ({@code Total fees}), else the file is refused.</li>
 * </ul>
 *
 * <p>The {@code csv:costco-receipts} layout is ours, for receipts typed or scanned from Costco: a header
 * {@code Date,Warehouse,Receipt,Item Number,Description,Quantity,Amount} and one row per receipt line, with
 * the amount as printed (purchases positive, coupons and returns negative); amounts are negated so purchases
 * become money out, the warehouse is the counterparty and receipt and item numbers go to the remittance.
 */
package org.myknees.adapter.bankformat.csv;
