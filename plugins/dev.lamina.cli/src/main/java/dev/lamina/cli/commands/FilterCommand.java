// SPDX-License-Identifier: EPL-2.0
package dev.lamina.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.lamina.cli.Arguments;
import dev.lamina.cli.Command;
import dev.lamina.cli.Console;
import dev.lamina.cli.ExitCode;
import dev.lamina.cli.UsageException;
import dev.lamina.course.filter.ConvolutionFilter;
import dev.lamina.course.filter.FilterImages;
import dev.lamina.course.filter.Kernel;
import dev.lamina.data.image.PixelImage;

/**
 * {@code lamina filter --kernel K [--weight W] [--pool P] IN.png OUT.png}: the course's convolution exercise, computed
 * as a Conv2D layer does (cross-correlation; docs/filters.md).
 */
public final class FilterCommand implements Command {

    private static final String SYNOPSIS = "--kernel \"-1,-2,-1;0,0,0;1,2,1\"|PRESET [--weight W] [--pool 2] IN OUT.png";

    @Override
    public String name() {
        return "filter";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    @Override
    public String description() {
        return "apply a convolution kernel (and a max pool) to a grayscale image, as Conv2D computes it; presets: "
                + String.join(", ", Kernel.presetNames());
    }

    @Override
    public int run(List<String> args, Console console) {
        Arguments arguments = Arguments.parse(name(), args, Set.of(), Set.of("--kernel", "--weight", "--pool"))
                .expect(2, 2, SYNOPSIS);
        String text = arguments.option("--kernel").orElseThrow(() -> new UsageException("filter: --kernel is required"));
        Kernel kernel;
        double weight;
        int pool;
        try {
            kernel = Kernel.preset(text).orElseGet(() -> Kernel.parse(text));
            weight = Double.parseDouble(arguments.option("--weight").orElse("1"));
            pool = Integer.parseInt(arguments.option("--pool").orElse("1"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("filter: " + e.getMessage());
        }
        Path out = arguments.path(1);
        PixelImage result = FilterImages.filterFile(arguments.path(0), out, new ConvolutionFilter(kernel, weight), pool);
        console.out().println("Wrote " + out + " (" + result.width() + "×" + result.height() + ")");
        return ExitCode.OK;
    }
}
