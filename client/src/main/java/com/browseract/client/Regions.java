package com.browseract.client;

import com.browseract.client.internal.api.RegionsApi;
import com.browseract.client.model.Region;
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
  public List<Region> list() {
    return transport.execute(listCall());
  }

  /**
   * Asynchronous form of {@link #list()}.
   *
   * @return the regions
   */
  public CompletableFuture<List<Region>> listAsync() {
    return transport.executeAsync(listCall());
  }

  private ApiCall<List<Region>, List<Region>> listCall() {
    return ApiCall.of(Operation.GET_REGION_LIST, api::getRegionList).requiring(regions -> null)
        .reading(regions -> regions == null ? List.of() : regions);
  }
}
