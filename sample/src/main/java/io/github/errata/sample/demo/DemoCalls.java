package io.github.errata.sample.demo;

import java.util.List;

/** What the demo client asks: one request per error of the catalog, and one the proxy answers. */
final class DemoCalls {

  /** The task the seed's example asks for, which the demo API does not have. */
  static final String TASK_ID = "c3d59ff0-ba4a-11e3-a567-001e6733fe3d";

  /** The call made in German: the seed's OBJECT_NOT_FOUND. */
  static final String GERMAN = "/api/v4/" + DemoServer.ACCOUNT + "/objects/task/" + TASK_ID
      + ".json";

  private DemoCalls() {
  }

  /** The shop API's calls: one per error of its RFC 9457 catalog. */
  static List<String> shop() {
    return List.of("/shop/items/MUG-01", "/shop/orders/" + TASK_ID, "/shop/payments/CARD",
        "/shop/checkout");
  }

  /** Every call, each a mistake or a mishap a real client meets. */
  static List<ApiCall> all() {
    String api = "/api/v4/" + DemoServer.ACCOUNT;
    return List.of(
        ApiCall.get(api + "/objects/task.json").withPassword("hunter2"),
        ApiCall.get(api + "/attachments/photo-" + TASK_ID + ".jpg"),
        ApiCall.get(api + "/objects/task/" + TASK_ID + ".json"),
        ApiCall.post(api + "/objects/task.json", "{\"status\": \"test\"}"),
        ApiCall.post(api + "/objects/task.json", "{\"status\": open}"),
        // The seed's typo: "objec" for "objects".
        ApiCall.get(api + "/objec/tasks.json"),
        // The seed's account ID with its last digit lost.
        ApiCall.get("/api/v4/533bda53027894f69b00105/objects/task.json"),
        ApiCall.post(api + "/batch.json", """
            {"stop_on_error": true, "operations": [
              {"method": "GET", "path": "objects/task/%s.json"},
              {"method": "POST", "path": "objects/task.json", "body": {"status": "closed"}}
            ]}""".formatted(TASK_ID)),
        // The first export is queued; the second within the minute is rate-limited.
        ApiCall.post(api + "/objects/task/export.json", "{}").repeated(2),
        ApiCall.get("/api/v3/" + DemoServer.ACCOUNT + "/objects/task.json").viaTheProxy());
  }
}
