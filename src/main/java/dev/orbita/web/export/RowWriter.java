package dev.orbita.web.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes an export's rows in one format. {@link #close()} frees what it holds, finished or not. */
interface RowWriter extends Closeable {

    /** Where the file goes: opened (and the answer's headers set) only when the first byte is written. */
    @FunctionalInterface
    interface Target {
        OutputStream open() throws IOException;
    }

    void header(List<String> labels) throws IOException;

    /** One row, its values typed by the layout's {@link CellKind}s. */
    void row(List<Object> values) throws IOException;

    /** The end of a batch: what is written so far may go to the client. */
    void endOfBatch() throws IOException;

    /** The end of the export: completes the file. */
    void finish() throws IOException;
}
