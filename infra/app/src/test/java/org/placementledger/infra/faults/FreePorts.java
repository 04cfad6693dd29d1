package org.placementledger.infra.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A port free on loopback now; the processes of a scenario keep theirs across restarts. */
final class FreePorts {

    private FreePorts() {
    }

    static int find() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
