package dev.contentapi.common.error;

import jakarta.validation.Path;

/** JSON pointers (RFC 6901) to the body fields that Bean Validation found at fault. */
public final class ViolationPointers {

    private ViolationPointers() {
    }

    /**
     * @param skip leading nodes that are not fields of the body: the method and the parameter, when a resource
     *        method's parameter was validated
     */
    public static String of(Path path, int skip) {
        StringBuilder pointer = new StringBuilder();
        int position = 0;
        for (Path.Node node : path) {
            if (position++ < skip) {
                continue;
            }
            // A node in a list carries its position in that list: the index comes before the node's own name
            // (credits[1].person is /credits/1/person; a list's own element, <list element>, has no name).
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(node.getName().replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }
}
