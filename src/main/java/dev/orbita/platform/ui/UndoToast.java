package dev.orbita.platform.ui;

import dev.orbita.shared.RecordRef;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "moved to the recycle bin" toast with its Undo button, shown once on the page a delete redirects to
 * ({@code layout/page} renders the flash {@code flash} and the restore form of {@code flashUndo}). The Undo button
 * posts {@code /recycle-bin/{TYPE}/{id}/restore} with the CSRF token and lands on the restored record.
 */
public final class UndoToast {

    /** The flash attribute holding the restore path. */
    public static final String ATTRIBUTE = "flashUndo";

    private UndoToast() {
    }

    /** The page form's restore path of a record in the bin. */
    public static String restorePath(RecordRef record) {
        return "/recycle-bin/" + record.type() + "/" + record.id() + "/restore";
    }

    /** Shows {@code message} with an Undo button that restores {@code record}. */
    public static void offer(RedirectAttributes redirect, String message, RecordRef record) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute(ATTRIBUTE, restorePath(record));
    }
}
