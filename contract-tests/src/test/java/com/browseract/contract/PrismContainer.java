package com.browseract.contract;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * Prism in a container started by Testcontainers ({@code -Dprism=docker}) from the image {@code -Dprism.image},
 * whose entrypoint is Prism (as in {@code stoplight/prism}). The spec is copied in read-only, not bind-mounted.
 *
 * <p>Where the daemon has a {@code bridge} network, Prism's port is mapped as usual. A daemon without one
 * (started with {@code --bridge=none}, as {@code make docker-up} does) silently ignores port mappings, so Prism
 * then shares the host's network on a free loopback port chosen here. {@code -Dprism.network=host} or
 * {@code bridge} skips the detection.
 */
final class PrismContainer implements Prism {
  private static final String SPEC = "/spec/browseract.yaml";
  private static final int PRISM_PORT = 4010;
  private static final Duration START_LIMIT = Duration.ofSeconds(30);
  private static final String HOST_FROM_CONTAINER = "host.testcontainers.internal";

  private final GenericContainer<?> container;
  private final String baseUrl;

  private PrismContainer(GenericContainer<?> container, String baseUrl) {
    this.container = container;
    this.baseUrl = baseUrl;
  }

  static PrismContainer start(PrismCommand what) {
    String image = System.getProperty("prism.image", "");
    if (image.isBlank()) {
      throw new IllegalStateException("-Dprism=docker needs -Dprism.image (contract-tests/pom.xml sets the default)");
    }
    GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
        .withCopyFileToContainer(MountableFile.forHostPath(what.spec(), 0444), SPEC)
        .waitingFor(Wait.forLogMessage(".*listening.*", 1).withStartupTimeout(START_LIMIT));
    boolean hostNetwork = hostNetwork();
    int port = hostNetwork ? LoopbackPort.free() : PRISM_PORT;
    if (hostNetwork) {
      container.withNetworkMode("host").withCommand(array(what, "127.0.0.1", port));
    } else {
      container.withExposedPorts(port).withCommand(array(reachableUpstream(what), "0.0.0.0", port));
    }
    try {
      container.start();
    } catch (ContainerLaunchException e) {
      container.stop();
      throw new IllegalStateException("Prism did not start in a container of " + image + ": " + e.getMessage(), e);
    }
    String url = hostNetwork ? "http://127.0.0.1:" + port
        : "http://" + container.getHost() + ":" + container.getMappedPort(port);
    return new PrismContainer(container, url);
  }

  private static String[] array(PrismCommand what, String host, int port) {
    return what.args(SPEC, host, port).toArray(new String[0]);
  }

  private static boolean hostNetwork() {
    String network = System.getProperty("prism.network", "");
    if (!network.isBlank()) {
      return network.equals("host");
    }
    return DockerClientFactory.instance().client().listNetworksCmd().exec().stream()
        .noneMatch(n -> "bridge".equals(n.getName()));
  }

  /** On a bridge network the container's loopback is its own: an upstream on the host's is reached through Testcontainers. */
  private static PrismCommand reachableUpstream(PrismCommand what) {
    URI upstream = what.upstream() == null ? null : URI.create(what.upstream());
    if (upstream == null || !Set.of("localhost", "127.0.0.1").contains(upstream.getHost())) {
      return what;
    }
    Testcontainers.exposeHostPorts(upstream.getPort());
    return what.withUpstreamHost(HOST_FROM_CONTAINER);
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public void close() {
    container.stop();
  }
}
