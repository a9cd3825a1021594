// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

/** The kinds of problem a dataset scan reports, each with what it means for the file concerned. */
public enum ScanProblemKind {
    EMPTY_FILE(Severity.SKIPPED),
    TRUNCATED(Severity.SKIPPED),
    NOT_AN_IMAGE(Severity.SKIPPED),
    CORRUPT(Severity.SKIPPED),
    UNSUPPORTED_COLOR_MODEL(Severity.SKIPPED),
    TOO_MANY_PIXELS(Severity.SKIPPED),
    UNREADABLE_NAME(Severity.SKIPPED),
    UNREADABLE_FILE(Severity.SKIPPED),
    SYMLINK_LOOP(Severity.SKIPPED),
    OUTSIDE_CLASS_FOLDER(Severity.SKIPPED),
    /** Readable image whose extension does not match its content; it is used. */
    WRONG_EXTENSION(Severity.NOTE),
    /** CMYK or YCCK JPEG converted to RGB; it is used. */
    CONVERTED_COLOR(Severity.NOTE),
    EMPTY_CLASS(Severity.DATASET),
    MISSING_CLASS(Severity.DATASET),
    ONLY_ONE_CLASS(Severity.DATASET),
    NO_CLASSES(Severity.DATASET),
    /** A hidden folder beside the class folders (such as {@code .ipynb_checkpoints}): not a class here. */
    HIDDEN_FOLDER(Severity.WARNING),
    /** Class names that are numbers get their labels in text order ({@code 1, 10, 2}). */
    NUMBERS_SORTED_AS_TEXT(Severity.WARNING),
    /** The largest class has many times the images of the smallest. */
    IMBALANCED_CLASSES(Severity.WARNING),
    /** The images do not all have one size. */
    MIXED_SIZES(Severity.WARNING),
    /** The images do not all have one colour model (gray, RGB, ...). */
    MIXED_COLOR_MODELS(Severity.WARNING),
    /** A class with training images has none in the validation part (split or folder). */
    CLASS_MISSING_FROM_VALIDATION(Severity.WARNING),
    /** The validation part's own classes differ from training's: read on its own, its labels shift. */
    LABEL_ORDER_SHIFTS(Severity.WARNING);

    /** What a problem means for training. */
    public enum Severity {
        /** The file is used; worth knowing. */
        NOTE,
        /** The file is left out of training. */
        SKIPPED,
        /** Concerns a class folder or the whole dataset. */
        DATASET,
        /** The dataset trains, but probably not as its author meant (labels, balance, sizes). */
        WARNING
    }

    private final Severity severity;

    ScanProblemKind(Severity severity) {
        this.severity = severity;
    }

    /** What this kind of problem means for the file or dataset. */
    public Severity severity() {
        return severity;
    }

    /** Lower-case name with dashes, as it appears in reports: {@code too-many-pixels}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
