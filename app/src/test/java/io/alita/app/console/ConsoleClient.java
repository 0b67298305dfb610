package io.alita.app.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for console tests: keeps cookies, does not follow redirects (tests assert them), sends
 * forms the way a same-origin browser does ({@code Sec-Fetch-Site: same-origin}) unless told otherwise.
 */
public final class ConsoleClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public ConsoleClient(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public String base() {
    return base;
  }

  /** The cookies this browser sends to the console, as a {@code Cookie} header (for raw requests). */
  public String cookieHeader() {
    return String.join("; ", cookies.getCookieStore().get(URI.create(base)).stream()
        .map(c -> c.getName() + "=" + c.getValue()).toList());
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form as the console's own page would. */
  public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return post(path, form, Map.of("Sec-Fetch-Site", "same-origin"));
  }

  /** Posts a form with exactly these extra headers (e.g. none, or a foreign Origin). */
  public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Gets {@code path} as bytes (a download). */
  public HttpResponse<byte[]> download(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts a {@code multipart/form-data} form as a same-origin browser does: {@code fields} (a name may repeat:
   * each entry is one field) and one file.
   */
  public HttpResponse<String> postMultipart(String path, List<Map.Entry<String, String>> fields, String fileField,
      String fileName, byte[] file) throws Exception {
    String boundary = "----alitatest" + Long.toHexString(System.nanoTime());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> f : fields) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
          + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    if (fileField != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
          + fileName + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Sec-Fetch-Site", "same-origin")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Opens {@code page}, then posts {@code form} to {@code action} with the page's CSRF token added. */
  public HttpResponse<String> submit(String page, String action, Map<String, String> form) throws Exception {
    HttpResponse<String> shown = get(page);
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", csrf(shown.body()));
    return post(action, all);
  }

  /** The first CSRF token on a page. */
  public static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no _csrf field on the page:\n" + html);
    }
    return m.group(1);
  }

  /** Signs in with a login link's URL (as the bot sent it): opens it and presses Continue. */
  public HttpResponse<String> signInWithLink(String url) throws Exception {
    String path = URI.create(url).getPath();
    HttpResponse<String> page = get(path);
    String token = path.substring(path.lastIndexOf('/') + 1);
    return post("/login/link", Map.of("_csrf", csrf(page.body()), "token", token));
  }

  private static String encode(Map<String, String> form) {
    List<String> parts = new ArrayList<>();
    form.forEach((k, v) -> parts.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }
}
