// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.UsageException;
import dev.lamina.data.folder.DatasetScanner;
import dev.lamina.data.folder.ScanOptions;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.folder.ValidationPart;
import dev.lamina.data.idx.ExportReport;
import dev.lamina.data.idx.IdxExporter;
import dev.lamina.data.zip.ImportReport;
import dev.lamina.data.zip.ZipImporter;
import dev.lamina.run.config.RunDataset;

/** {@code lamina data scan|import|export-idx}: datasets as folders of class folders. */
public final class DataCommand implements Command {

    private static final String SCAN = "scan DIR|RUN.json [--split F | --validation DIR] [--json]";
    private static final String IMPORT = "import ARCHIVE.zip DEST";
    private static final String EXPORT = "export-idx IMAGES LABELS OUT [--names a,b,...]";

    @Override
    public String name() {
        return "data";
    }

    @Override
    public String synopsis() {
        return "scan|import|export-idx ARGS";
    }

    @Override
    public String description() {
        return String.join("\n",
                SCAN + ": count a folder of class folders and list every bad file (exit 2: no usable image);"
                        + " with a validation split or folder (or a run file's), training/validation counts per class",
                IMPORT + ": extract a zip safely (all or nothing)",
                EXPORT + ": write an IDX image/label pair as class folders of PNGs");
    }

    @Override
    public int run(List<String> args, Console console) {
        if (args.isEmpty()) {
            throw new UsageException("data: missing subcommand: scan, import or export-idx");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "scan" -> scan(rest, console);
            case "import" -> importZip(rest, console);
            case "export-idx" -> exportIdx(rest, console);
            default -> throw new UsageException("data: unknown subcommand '" + args.get(0)
                    + "'; expected scan, import or export-idx");
        };
    }

    private static int scan(List<String> args, Console console) {
        Arguments arguments = Arguments.parse("data scan", args, Set.of("--json"), Set.of("--split", "--validation"))
                .expect(1, 1, "DIR|RUN.json [--split F | --validation DIR] [--json]");
        Path given = arguments.path(0);
        RunDataset dataset;
        if (Files.isRegularFile(given) && given.getFileName().toString().endsWith(".json")) {
            if (arguments.option("--split").isPresent() || arguments.option("--validation").isPresent()) {
                throw new UsageException("data scan: a run file brings its own validation; drop --split/--validation");
            }
            dataset = RunDataset.load(given);
        } else {
            double split = arguments.option("--split").map(DataCommand::fraction).orElse(0.0);
            Path validation = arguments.option("--validation").map(Path::of).orElse(null);
            if (split > 0 && validation != null) {
                throw new UsageException("data scan: use either --split or --validation, not both");
            }
            dataset = new RunDataset(null, given, validation, split);
        }
        ScanOptions options = ScanOptions.defaults();
        ScanReport report = new DatasetScanner(options).scanFolder(dataset.training());
        ValidationPart validation = dataset.divide(report, options);
        if (arguments.flag("--json")) {
            console.out().print(report.toJson(validation));
        } else {
            console.out().print(report.summary());
            if (validation != null) {
                console.out().print(validation.summary());
            }
        }
        return report.images().isEmpty() ? ExitCode.NO_USABLE_DATA : ExitCode.OK;
    }

    private static double fraction(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value < 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("data scan: --split expects a fraction between 0 and 1 (exclusive), got '" + text + "'");
    }

    private static int importZip(List<String> args, Console console) {
        Arguments arguments = Arguments.parse("data import", args, Set.of(), Set.of()).expect(2, 2, "ARCHIVE.zip DEST");
        ImportReport report = new ZipImporter().extract(arguments.path(0), arguments.path(1));
        console.out().printf("Extracted %d files (%,d bytes) into %s%n", report.files(), report.bytes(),
                report.destination());
        for (String duplicate : report.duplicates()) {
            console.err().println(arguments.path(0) + ": duplicate entry: " + duplicate);
        }
        if (!report.skipped().isEmpty()) {
            console.out().println("Skipped " + report.skipped().size() + " entries (macOS metadata, hidden files)");
        }
        return ExitCode.OK;
    }

    private static int exportIdx(List<String> args, Console console) {
        Arguments arguments = Arguments.parse("data export-idx", args, Set.of(), Set.of("--names"))
                .expect(3, 3, "IMAGES LABELS OUT [--names a,b,...]");
        List<String> names = arguments.option("--names").map(text -> Arrays.stream(text.split(",")).map(String::trim)
                .toList()).orElse(null);
        Path out = arguments.path(2);
        ExportReport report = IdxExporter.export(arguments.path(0), arguments.path(1), out, names);
        console.out().printf("Wrote %,d PNG files in %d class folders under %s%n", report.total(),
                report.classes().size(), report.folder());
        return ExitCode.OK;
    }
}
