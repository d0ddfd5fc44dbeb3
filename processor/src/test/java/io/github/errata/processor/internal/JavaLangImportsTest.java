package io.github.errata.processor.internal;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * {@link OutputFiler} lays each source out with its java.lang imports, reads them, and takes them
 * out: the text must be exactly what JavaPoet writes when it skips them, and the names exactly
 * the java.lang types the code names by their simple names.
 */
class JavaLangImportsTest {

  @Test
  void mixedImportsKeepTheOthersAndTheirBlankLine() {
    TypeSpec type = TypeSpec.classBuilder("Mixed")
        .addJavadoc("Links {@link $T} in Javadoc only.\n", Process.class)
        .addField(String.class, "text")
        .addField(List.class, "list")
        .addField(Method.class, "method")
        .addField(Thread.State.class, "state")
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .returns(String.class)
            .addStatement("return $T.valueOf(text)", String.class)
            .build())
        .build();
    // A link in Javadoc counts (hidden, it would lead to the package's type); Method is
    // java.lang.reflect's, and Thread.State is imported as Thread.
    assertThat(namesOf(type)).containsExactly("Override", "Process", "String", "Thread").inOrder();
  }

  @Test
  void onlyJavaLangImportsLeaveNoImportBlock() {
    TypeSpec type = TypeSpec.classBuilder("Plain")
        .addField(Object.class, "value")
        .addField(Integer.class, "count")
        .build();
    assertThat(namesOf(type)).containsExactly("Integer", "Object").inOrder();
  }

  @Test
  void noImportsAtAll() {
    TypeSpec type = TypeSpec.classBuilder("Bare").addField(int.class, "count").build();
    assertThat(namesOf(type)).isEmpty();
  }

  @Test
  void aJavaLangTypeThatClashesInTheFileIsWrittenQualifiedAndIsNotNamed() {
    TypeSpec type = TypeSpec.classBuilder("Clashing")
        .addType(TypeSpec.classBuilder("String").addModifiers(Modifier.STATIC).build())
        .addField(String.class, "text")
        .addField(ClassName.get("test", "Clashing", "String"), "own")
        .addField(Long.class, "number")
        .build();
    assertThat(namesOf(type)).containsExactly("Long");
    assertThat(laidOut(type, true)).contains("java.lang.String text;");
  }

  @Test
  void theTypesOwnNameIsNeverNamed() {
    TypeSpec type = TypeSpec.classBuilder("RuntimeException")
        .superclass(RuntimeException.class)
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL).initializer("1L").build())
        .build();
    assertThat(namesOf(type)).isEmpty();
    assertThat(laidOut(type, true)).contains("extends java.lang.RuntimeException");
  }

  /** The names read from the imports, after checking the text against JavaPoet's own skipping. */
  private static Set<String> namesOf(TypeSpec type) {
    Set<String> names = new TreeSet<>();
    String text = OutputFiler.withoutJavaLangImports(laidOut(type, false), names);
    assertThat(text).isEqualTo(laidOut(type, true));
    return names;
  }

  private static String laidOut(TypeSpec type, boolean skipJavaLang) {
    return JavaFile.builder("test", type)
        .addFileComment("A comment.")
        .skipJavaLangImports(skipJavaLang)
        .build()
        .toString();
  }
}
