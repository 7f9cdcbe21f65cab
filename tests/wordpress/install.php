<?php
/*
 * Installs a fresh WordPress into an empty MariaDB, from the command line, for
 * tests/wordpress/site.ts. Prints one JSON object on stdout: the users it created, one per
 * role, each with a password and an Application Password.
 *
 * Environment: SPALT_WP_CONFIG (the NAME of /etc/wordpress/config-NAME.php, already written),
 * SPALT_WP_HOST (127.0.0.1:PORT), SPALT_WP_SOCKET (MariaDB's unix socket), SPALT_WP_ROOT (the
 * WordPress web root: Debian's /usr/share/wordpress, or the extracted current release).
 */

$config = (string) getenv('SPALT_WP_CONFIG');
$host = (string) getenv('SPALT_WP_HOST');
$socket = (string) getenv('SPALT_WP_SOCKET');
$root = rtrim((string) getenv('SPALT_WP_ROOT'), '/');
if ($config === '' || $host === '' || $socket === '' || $root === '') {
    fwrite(STDERR, "install.php: SPALT_WP_CONFIG, SPALT_WP_HOST, SPALT_WP_SOCKET and SPALT_WP_ROOT are required\n");
    exit(2);
}

// The database the config names; MariaDB's root has no password on its private socket.
$db = new mysqli('localhost', 'root', '', '', 0, $socket);
$db->query('CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci');
$db->close();

// What WordPress expects of a web request; wp_install() needs HTTP_HOST.
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = explode(':', $host)[0];
$_SERVER['SERVER_PORT'] = explode(':', $host)[1] ?? '80';
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';

define('WP_INSTALLING', true);

// There is no mail here; this pluggable function would mail the new administrator.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password)
{
}

require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// wp_install() would probe the (not yet running) site over HTTP to choose a permalink
// structure; claiming one is set skips the probe. The real one is set below.
$skip_probe = static function () {
    return '/%postname%/';
};
add_filter('pre_option_permalink_structure', $skip_probe);

$roles = ['administrator', 'editor', 'author', 'contributor'];
$users = [];
foreach ($roles as $role) {
    $username = $role === 'administrator' ? 'admin' : $role;
    $password = wp_generate_password(20, false);
    $email = $username . '@example.test';
    if ($role === 'administrator') {
        $installed = wp_install('Spalt test site', $username, $email, false, '', wp_slash($password));
        $id = (int) $installed['user_id'];
    } else {
        $id = wp_insert_user([
            'user_login' => $username,
            'user_pass' => $password,
            'user_email' => $email,
            'display_name' => ucfirst($role),
            'role' => $role,
        ]);
        if (is_wp_error($id)) {
            fwrite(STDERR, 'install.php: ' . $id->get_error_message() . "\n");
            exit(1);
        }
    }
    $created = WP_Application_Passwords::create_new_application_password($id, ['name' => 'Spalt tests']);
    if (is_wp_error($created)) {
        fwrite(STDERR, 'install.php: ' . $created->get_error_message() . "\n");
        exit(1);
    }
    $users[$role] = [
        'id' => $id,
        'username' => $username,
        'password' => $password,
        'applicationPassword' => $created[0],
    ];
}

remove_filter('pre_option_permalink_structure', $skip_probe);
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
$wp_rewrite->flush_rules(false);

// No avatars: they would make the admin pages ask gravatar.com, which is off limits here.
update_option('show_avatars', '0');

// The block editor's welcome guide, off for everyone (it is a per-user preference).
foreach ($users as $user) {
    update_user_meta($user['id'], $wpdb->get_blog_prefix() . 'persisted_preferences', [
        'core/edit-post' => ['welcomeGuide' => false],
        '_modified' => gmdate('c'),
    ]);
}

echo json_encode($users), "\n";
