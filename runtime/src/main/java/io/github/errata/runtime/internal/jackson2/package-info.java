/**
 * Not public API: the Jackson 2 glue every catalog's generated {@code JacksonModule} shares, the
 * serializers and deserializers it subclasses with what differs per catalog. Compiled against
 * Jackson 2 databind, an optional dependency of the runtime: these classes load only where the
 * application has Jackson 2, as only a generated Jackson 2 module names them.
 */
package io.github.errata.runtime.internal.jackson2;
