package io.alita.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders Thymeleaf templates from {@code templates/} on the classpath. Hand-rolled because no Javalin 7 rendering
 * module resolves from Maven Central (see docs/decisions). Templates use {@code th:text}, which escapes, for every value.
 */
public final class ThymeleafRenderer implements FileRenderer {

  private final TemplateEngine engine = new TemplateEngine();

  public ThymeleafRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafRenderer.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html"); // so that templates refer to each other as ~{layout :: page(...)}
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  @Override
  public String render(String file, Map<String, ?> model, Context ctx) {
    String name = file.endsWith(".html") ? file.substring(0, file.length() - ".html".length()) : file;
    return engine.process(name, new org.thymeleaf.context.Context(Locale.ROOT, new HashMap<>(model)));
  }
}
