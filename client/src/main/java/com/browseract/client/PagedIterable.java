package com.browseract.client;

import com.browseract.client.errors.BrowserActException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a list operation, fetched page by page only as iteration reaches them.
 *
 * <p>Each call to {@link #iterator()} or {@link #stream()} starts again from the first page. A failed page
 * fetch is thrown from the iterator as a {@link BrowserActException}.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final IntFunction<Page<T>> fetchPage;

  PagedIterable(IntFunction<Page<T>> fetchPage) {
    this.fetchPage = fetchPage;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private Page<T> current;
      private int requested;
      private Iterator<T> items;

      @Override
      public boolean hasNext() {
        if (current == null) {
          load(1);
        }
        // Follow the page numbers asked for, not the ones answered, so a server that repeats a page number
        // cannot make iteration loop forever.
        while (!items.hasNext() && requested < current.totalPages() && !current.items().isEmpty()) {
          load(requested + 1);
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }

      private void load(int page) {
        requested = page;
        current = fetchPage.apply(page);
        items = current.items().iterator();
      }
    };
  }

  /** @return a sequential stream over all items; pages are fetched as the stream is consumed */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
