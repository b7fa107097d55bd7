package com.browseract.client;

import com.browseract.client.api.RegionsApi;
import com.browseract.client.model.SysRegionSimpleView;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The proxy regions a template run may use. */
public final class Regions {
  private final Transport transport;
  private final RegionsApi api;

  Regions(Transport transport, RegionsApi api) {
    this.transport = transport;
    this.api = api;
  }

  /**
   * Lists the proxy regions ({@code GET /v2/workflow/get-region-list}).
   *
   * @return the regions, never null
   */
  public List<SysRegionSimpleView> list() {
    return orEmpty(transport.execute(Operation.GET_REGION_LIST, api::getRegionList));
  }

  /**
   * Asynchronous form of {@link #list()}.
   *
   * @return the regions
   */
  public CompletableFuture<List<SysRegionSimpleView>> listAsync() {
    return transport.executeAsync(Operation.GET_REGION_LIST, api::getRegionList).thenApply(Regions::orEmpty);
  }

  private static List<SysRegionSimpleView> orEmpty(List<SysRegionSimpleView> regions) {
    return regions == null ? List.of() : regions;
  }
}
