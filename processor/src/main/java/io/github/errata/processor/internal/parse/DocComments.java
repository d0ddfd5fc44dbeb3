package io.github.errata.processor.internal.parse;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The doc comments of a catalog's methods. javac's {@link Elements#getDocComment} finds each
 * element's declaration by walking its file's syntax tree from the top, so asking it for every
 * method of a catalog of N errors costs N² steps; under javac, the catalog's tree is walked once
 * instead. Other compilers get {@code getDocComment}.
 */
public final class DocComments {

  private final Elements elements;
  private final Trees trees;

  private DocComments(Elements elements, Trees trees) {
    this.elements = elements;
    this.trees = trees;
  }

  /**
   * The doc comments of a compilation.
   *
   * @param environment the processing environment
   * @return a reader of its doc comments
   */
  public static DocComments of(ProcessingEnvironment environment) {
    Trees trees;
    try {
      trees = Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError e) {
      trees = null; // not javac, or its tree API is not reachable: one element at a time, then
    }
    return new DocComments(environment.getElementUtils(), trees);
  }

  /** The doc comment of the catalog itself, or null. */
  String of(TypeElement catalog) {
    return elements.getDocComment(catalog);
  }

  /** A lookup of the doc comments of the catalog's members, by element; null where none. */
  Map<Element, String> ofMembers(TypeElement catalog) {
    Map<Element, String> comments = new HashMap<>();
    TreePath path = trees == null ? null : trees.getPath(catalog);
    if (path == null || !(path.getLeaf() instanceof ClassTree type)) {
      for (Element member : catalog.getEnclosedElements()) {
        comments.put(member, elements.getDocComment(member));
      }
      return comments;
    }
    for (Tree member : type.getMembers()) {
      TreePath memberPath = new TreePath(path, member);
      Element element = trees.getElement(memberPath);
      if (element != null) {
        comments.put(element, trees.getDocComment(memberPath));
      }
    }
    return comments;
  }
}
