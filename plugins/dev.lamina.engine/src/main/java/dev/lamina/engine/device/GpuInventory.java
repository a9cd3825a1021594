// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import java.util.List;

/**
 * The NVIDIA GPUs of this machine as a {@link DeviceProbe} found them.
 *
 * @param driver  whether the NVIDIA driver ({@code libcuda.so.1}) is installed
 * @param devices the GPUs, in the driver's order
 * @param note    why there are none or what could not be read, one line; empty when nothing needs saying
 */
public record GpuInventory(boolean driver, List<GpuDevice> devices, String note) {

    public GpuInventory {
        devices = List.copyOf(devices);
        note = note == null ? "" : note;
    }

    /** A machine without the NVIDIA driver. */
    public static GpuInventory noDriver() {
        return new GpuInventory(false, List.of(), "no NVIDIA driver (libcuda.so.1 not found)");
    }

    /** The driver is there but its GPUs could not be listed, for the reason given. */
    public static GpuInventory unreadable(String reason) {
        return new GpuInventory(true, List.of(), reason);
    }

    public static GpuInventory of(List<GpuDevice> devices) {
        return new GpuInventory(true, devices, devices.isEmpty() ? "NVIDIA driver present, no GPU found" : "");
    }

    /** One line: the note, or how many GPUs. */
    public String summary() {
        if (devices.isEmpty()) {
            return note;
        }
        return devices.size() + (devices.size() == 1 ? " NVIDIA GPU" : " NVIDIA GPUs")
                + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
