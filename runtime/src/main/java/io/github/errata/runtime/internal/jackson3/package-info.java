/**
 * Not public API: the Jackson 3 glue every catalog's generated {@code Jackson3Module} shares, the
 * serializers and deserializers it subclasses with what differs per catalog. Compiled against
 * Jackson 3 databind, an optional dependency of the runtime: these classes load only where the
 * application has Jackson 3, as only a generated Jackson 3 module names them.
 */
package io.github.errata.runtime.internal.jackson3;
