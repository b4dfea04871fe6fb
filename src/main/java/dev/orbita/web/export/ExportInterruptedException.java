package dev.orbita.web.export;

/**
 * An export failed after part of the file had been sent: the answer can no longer become an error, so
 * the connection is closed without ending it (see {@link InterruptedExports}).
 */
class ExportInterruptedException extends RuntimeException {

    ExportInterruptedException(RuntimeException cause) {
        super("export interrupted after the answer had started", cause);
    }
}
