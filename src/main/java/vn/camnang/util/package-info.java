/** Small pure helpers shared by several stages: Vietnamese ASCII folding for slugs, hashing. */
package vn.camnang.util;
