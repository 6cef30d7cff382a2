package org.myknees.application.transaction.port.in;

import java.util.List;
import org.myknees.application.transaction.port.in.TransactionCommands.AnnotateTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.AssignToEventCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.LinkTransferCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.PinCategoryCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.SplitTransactionCommand;
import org.myknees.application.transaction.port.in.TransactionCommands.UnlinkTransferCommand;
import org.myknees.domain.transaction.Transaction;

/** A person's edits of a transaction. Each is one unit of work; edits by viewers are refused. */
public interface EditTransactionUseCase {
    Transaction annotate(AnnotateTransactionCommand command);

    /** Pins (or releases) the category; the category must exist in the taxonomy or the household. */
    Transaction pinCategory(PinCategoryCommand command);

    Transaction split(SplitTransactionCommand command);

    /** Links two transactions as one transfer; returns both sides, the commanded one first. */
    List<Transaction> linkTransfer(LinkTransferCommand command);

    /** Removes a transfer link from both sides; returns both sides, the commanded one first. */
    List<Transaction> unlinkTransfer(UnlinkTransferCommand command);

    Transaction assignToEvent(AssignToEventCommand command);
}
