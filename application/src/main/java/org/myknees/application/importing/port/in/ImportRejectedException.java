package org.myknees.application.importing.port.in;

/** The file was read but cannot be imported as asked; nothing was written. The message says why. */
public class ImportRejectedException extends RuntimeException {

    public ImportRejectedException(String message) {
        super(message);
    }
}
