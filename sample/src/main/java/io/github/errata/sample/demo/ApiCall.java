package io.github.errata.sample.demo;

/**
 * A request the demo client makes.
 *
 * @param method the HTTP method
 * @param path the path, from the server's root
 * @param password the password sent for the backend deployment
 * @param json the request body, or null for none
 * @param times how often it is sent in a row; the last answer is the one checked
 * @param viaProxy whether the answer comes from the proxy rather than the API
 */
record ApiCall(String method, String path, String password, String json, int times,
    boolean viaProxy) {

  /** A GET with the right credentials. */
  static ApiCall get(String path) {
    return new ApiCall("GET", path, DemoServer.PASSWORD, null, 1, false);
  }

  /** A POST of a JSON body with the right credentials. */
  static ApiCall post(String path, String json) {
    return new ApiCall("POST", path, DemoServer.PASSWORD, json, 1, false);
  }

  /** This call with another password. */
  ApiCall withPassword(String otherPassword) {
    return new ApiCall(method, path, otherPassword, json, times, viaProxy);
  }

  /** This call, sent {@code count} times in a row. */
  ApiCall repeated(int count) {
    return new ApiCall(method, path, password, json, count, viaProxy);
  }

  /** This call, answered by the proxy rather than the API. */
  ApiCall viaTheProxy() {
    return new ApiCall(method, path, password, json, times, true);
  }
}
