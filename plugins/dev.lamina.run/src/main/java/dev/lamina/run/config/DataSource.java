// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.config;

/** Where training (or separate validation) samples come from. */
public sealed interface DataSource permits DataSource.Folder, DataSource.Idx {

    /**
     * A folder of class folders (Keras {@code flow_from_directory}); JSON {@code {"folder": "data/train"}}.
     */
    record Folder(FilePath folder) implements DataSource {
    }

    /**
     * An IDX image file and label file (MNIST, Fashion-MNIST), raw or gzip; JSON
     * {@code {"images": "...-images-idx3-ubyte.gz", "labels": "...-labels-idx1-ubyte.gz"}}.
     */
    record Idx(FilePath images, FilePath labels) implements DataSource {
    }
}
